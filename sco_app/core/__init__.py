"""The Qt-free core: lesson model, pack loading and validation, geo data.

Nothing in this package may import PySide6, pyqtgraph or ``sco_app.ui``; an import-linter contract
in ``pyproject.toml`` keeps it so.
"""

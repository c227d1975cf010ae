"""The user interface: PySide6 views over the core's lesson model.

Views receive core objects and listen to :class:`sco_app.ui.state.AppState`; they never parse YAML.
"""

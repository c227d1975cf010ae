"""``python -m sco_app`` runs the command-line front door."""

import sys

from sco_app.cli import main

sys.exit(main())

"""Test package. Makes `src/` importable so `python -m unittest discover` works uninstalled too."""

import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

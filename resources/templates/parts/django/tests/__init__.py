"""Test package: makes `src/` importable and sets Django up with an in-memory test database,
so both `pytest` and `python -m unittest discover` run the Django tests (no pytest-django needed).
"""

import os
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{{package_name}}.settings")

import django  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

django.setup()
setup_test_environment()
connection.creation.create_test_db(verbosity=0)

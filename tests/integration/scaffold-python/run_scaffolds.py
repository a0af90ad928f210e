"""Checks scaffolded project folders with this Python: compileall, then unittest and pytest and
the backend's routes (check_one.py), then the README's commands and the Dockerfile's (check_apps.py).

Usage: python3 run_scaffolds.py FOLDER... — prints one JSON object per folder, as a JSON list.
This process compiles every folder; each folder's tests run in one fresh subprocess of their own
(check_one.py: their packages and Django's settings are process-wide), two folders at a time so a
2-core machine stays usable.
"""

import compileall
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

TIMEOUT = 240
HERE = os.path.dirname(os.path.abspath(__file__))
CHECK_ONE = os.path.join(HERE, "check_one.py")
CHECK_APPS = os.path.join(HERE, "check_apps.py")


def run(folder, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "DJANGO_", "FLASK_"))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run([sys.executable, *args], cwd=folder, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    return done.returncode, done.stdout, done.stderr


def check(folder):
    result = {"folder": os.path.basename(folder)}
    result["compiled"] = bool(compileall.compile_dir(folder, quiet=1, legacy=False))
    code, out, err = run(folder, CHECK_ONE)
    try:
        tests = json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        crash = {"exit": code or 1, "output": (out + err)[-3000:]}
        tests = {"pytest": {**crash, "passed": 0, "failed": 1}, "unittest": {**crash, "ran": 0, "ok": False}}
    result.update(pytest=tests["pytest"], unittest=tests["unittest"], backend=tests.get("backend"))
    code, out, err = run(folder, CHECK_APPS)
    try:
        result["apps"] = json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        result["apps"] = {"crash": (out + err)[-3000:]}
    return result


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(json.dumps(list(pool.map(check, sys.argv[1:]))))

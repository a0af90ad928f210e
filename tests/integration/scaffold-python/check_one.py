"""Runs one scaffold's tests in this process: `unittest discover` first (a fresh interpreter, as a
learner without pytest would), then pytest, sharing the imports (pandas, Django) between the two;
then lists the backend's routes and asks it for the paths the React page fetches.
Run with the project folder as the working directory; prints a JSON object on the last line.
"""

import ast
import importlib
import io
import json
import os
import re
import sys
import unittest


def run_unittest():
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.discover(".")
    result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
    outcome = {"ran": result.testsRun, "ok": result.wasSuccessful(), "exit": 0 if result.wasSuccessful() else 1}
    if not result.wasSuccessful():
        outcome["output"] = stream.getvalue()[-3000:]
    return outcome


class Counter:
    """A pytest plugin counting outcomes of the test phase (and errors in any phase)."""

    def __init__(self):
        self.passed = self.failed = 0
        self.reports = []

    def pytest_runtest_logreport(self, report):
        if report.when == "call" and report.passed:
            self.passed += 1
        elif report.failed:
            self.failed += 1
            self.reports.append(f"{report.nodeid}: {report.longreprtext[-1500:]}")

    def pytest_collectreport(self, report):
        if report.failed:
            self.failed += 1
            self.reports.append(f"collecting {report.nodeid}: {report.longreprtext[-1500:]}")


def run_pytest():
    import pytest

    counter = Counter()
    code = int(pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly"], plugins=[counter]))
    outcome = {"exit": code, "passed": counter.passed, "failed": counter.failed}
    if code:
        outcome["output"] = "\n".join(counter.reports)[-3000:]
    return outcome


def package_name():
    return next(p for p in sorted(os.listdir("src")) if os.path.isfile(os.path.join("src", p, "__init__.py")))


def page_gets():
    """The GET paths the React page fetches (App.jsx's ENDPOINTS), or none without a frontend."""
    try:
        with open(os.path.join("frontend", "src", "App.jsx"), encoding="utf-8") as file:
            return ast.literal_eval(re.search(r"^const ENDPOINTS = (\[.*\]);$", file.read(), re.M).group(1))
    except FileNotFoundError:
        return []


def backend():
    """First path segments of the backend's routes, Socket.IO or not, and the page's GETs' statuses."""
    sys.path.insert(0, os.path.abspath("src"))
    pkg = package_name()
    gets = page_gets()
    if os.path.exists("manage.py"):
        from django.test import Client
        from django.urls import get_resolver

        prefixes = {"/" + str(p.pattern).split("/")[0] for p in get_resolver().url_patterns}
        client, socketio = Client(), False
    elif os.path.exists(os.path.join("src", pkg, "app.py")):
        app = importlib.import_module(f"{pkg}.app").create_app({"TESTING": True})
        prefixes = {"/" + r.rule.split("/")[1] for r in app.url_map.iter_rules() if r.endpoint != "static"}
        client, socketio = app.test_client(), "socketio" in app.extensions
        if socketio:
            gets = [*gets, "/socket.io/?EIO=4&transport=polling"]
    else:
        return None
    return {"prefixes": sorted(prefixes), "socketio": socketio, "gets": {path: client.get(path).status_code for path in gets}}


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    unit = run_unittest()
    real_stdout = sys.stdout
    sys.stdout = io.StringIO()  # pytest's own report is not needed; the counter has the figures
    try:
        py = run_pytest()
    finally:
        sys.stdout = real_stdout
    print(json.dumps({"cwd": os.getcwd(), "unittest": unit, "pytest": py, "backend": backend()}), flush=True)
    # An Engine.IO session opened by the handshake above keeps non-daemon ping threads alive.
    os._exit(0)

"""Runs one scaffold's tests in this process: `unittest discover` first (a fresh interpreter, as a
learner without pytest would), then pytest, sharing the imports (pandas, Django) between the two.
Run with the project folder as the working directory; prints a JSON object on the last line.
"""

import io
import json
import os
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


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    unit = run_unittest()
    real_stdout = sys.stdout
    sys.stdout = io.StringIO()  # pytest's own report is not needed; the counter has the figures
    try:
        py = run_pytest()
    finally:
        sys.stdout = real_stdout
    print(json.dumps({"cwd": os.getcwd(), "unittest": unit, "pytest": py}))

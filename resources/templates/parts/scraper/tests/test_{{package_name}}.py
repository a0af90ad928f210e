"""The scraper on a saved page (tests/fixtures/jobs.html): no network needed."""

import csv
import io
import tempfile
import unittest
from contextlib import redirect_stdout
from pathlib import Path

from {{package_name}}.__main__ import main
from {{package_name}}.scraper import fetch, parse_jobs
from {{package_name}}.storage import CsvStorage, MemoryStorage

FIXTURE = Path(__file__).with_name("fixtures") / "jobs.html"


class FakeResponse:
    def __init__(self, text):
        self.text = text

    def raise_for_status(self):
        pass


class FakeSession:
    def __init__(self, text):
        self.text, self.urls = text, []

    def get(self, url, **options):
        self.urls.append(url)
        return FakeResponse(self.text)


class ScraperTest(unittest.TestCase):
    def setUp(self):
        self.html = FIXTURE.read_text(encoding="utf-8")
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def test_parses_every_listing_and_skips_the_ad(self):
        jobs = parse_jobs(self.html)
        self.assertEqual([j.id for j in jobs], ["101", "102", "103"])
        self.assertEqual(jobs[1].title, "Backend Engineer (Flask)")
        self.assertEqual(jobs[1].company, "Nimbus & Co")
        self.assertEqual(jobs[2].company, "Open Data Lab")
        self.assertEqual(jobs[0].url, "https://jobs.example.com/jobs/101")
        self.assertEqual(jobs[2].url, "https://example.org/careers/data-intern")
        self.assertEqual(jobs[0].posted, "2026-03-01")

    def test_csv_storage_round_trips_and_adds_only_new_jobs(self):
        store = CsvStorage(Path(self.tmp.name) / "jobs.csv")
        jobs = parse_jobs(self.html)
        self.assertEqual(store.save(jobs), 3)
        self.assertEqual(store.save(jobs), 0)
        self.assertEqual(store.load(), jobs)

    def test_the_command_line_writes_the_fixture_to_csv(self):
        out = Path(self.tmp.name) / "out" / "jobs.csv"
        with redirect_stdout(io.StringIO()) as printed:
            self.assertEqual(main(["--file", str(FIXTURE), "--out", str(out)]), 0)
        self.assertIn("3 jobs found, 3 new", printed.getvalue())
        with out.open(newline="", encoding="utf-8") as file:
            rows = list(csv.DictReader(file))
        self.assertEqual([r["title"] for r in rows], ["Junior Python Developer", "Backend Engineer (Flask)", "Data Intern"])

    def test_fetch_uses_the_given_session_and_memory_storage_dedupes(self):
        session = FakeSession(self.html)
        html = fetch("https://jobs.example.com/python", session=session)
        self.assertEqual(session.urls, ["https://jobs.example.com/python"])
        memory = MemoryStorage()
        self.assertEqual(memory.save(parse_jobs(html) * 2), 3)
        self.assertEqual(len(memory.load()), 3)

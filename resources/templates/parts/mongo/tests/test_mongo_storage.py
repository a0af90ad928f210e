"""MongoStorage against an in-memory stand-in for a pymongo collection."""

import unittest
from pathlib import Path
from types import SimpleNamespace

from {{package_name}}.mongo_storage import MongoStorage
from {{package_name}}.scraper import parse_jobs


class FakeCollection:
    """The two pymongo calls MongoStorage makes, over a dict."""

    def __init__(self):
        self.docs = {}

    def update_one(self, query, update, upsert=False):
        key = query["_id"]
        new = key not in self.docs
        self.docs.setdefault(key, {"_id": key}).update(update["$set"])
        return SimpleNamespace(upserted_id=key if new else None)

    def find(self, query):
        return [dict(doc) for doc in self.docs.values()]


class MongoStorageTest(unittest.TestCase):
    def test_saves_upserts_by_id_and_loads_back(self):
        jobs = parse_jobs((Path(__file__).with_name("fixtures") / "jobs.html").read_text(encoding="utf-8"))
        storage = MongoStorage(FakeCollection())
        self.assertEqual(storage.save(jobs), 3)
        self.assertEqual(storage.save(jobs), 0)
        self.assertEqual(storage.load(), jobs)

"""Jobs in MongoDB, behind the same `save`/`load` interface as CsvStorage.

    from pymongo import MongoClient
    storage = MongoStorage(MongoClient("mongodb://localhost:27017")["jobs"]["listings"])

The collection is passed in, so tests use a stand-in and need no database server.
"""

from __future__ import annotations

from typing import Iterable

from .scraper import Job


class MongoStorage:
    def __init__(self, collection) -> None:
        self.collection = collection

    def save(self, jobs: Iterable[Job]) -> int:
        """Upserts by job id; returns how many jobs were new."""
        added = 0
        for job in jobs:
            result = self.collection.update_one({"_id": job.id}, {"$set": job.as_row()}, upsert=True)
            added += 1 if result.upserted_id is not None else 0
        return added

    def load(self) -> list[Job]:
        return [Job(**{k: v for k, v in doc.items() if k != "_id"}) for doc in self.collection.find({})]

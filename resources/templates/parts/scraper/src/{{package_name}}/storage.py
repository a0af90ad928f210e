"""Where scraped jobs go. Everything that stores jobs has `save(jobs) -> int` and `load()`,
so the scraper does not care whether it is a CSV file, memory or a database.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable, Protocol

from .scraper import FIELDS, Job


class Storage(Protocol):
    def save(self, jobs: Iterable[Job]) -> int: ...
    def load(self) -> list[Job]: ...


class MemoryStorage:
    """Keeps jobs in a list, keyed by id (for tests and quick experiments)."""

    def __init__(self) -> None:
        self.jobs: dict[str, Job] = {}

    def save(self, jobs: Iterable[Job]) -> int:
        before = len(self.jobs)
        self.jobs.update((job.id, job) for job in jobs)
        return len(self.jobs) - before

    def load(self) -> list[Job]:
        return list(self.jobs.values())


class CsvStorage:
    """A CSV file with a header row; saving merges by id, so re-running adds only new jobs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def load(self) -> list[Job]:
        if not self.path.exists():
            return []
        with self.path.open(newline="", encoding="utf-8") as file:
            return [Job(**row) for row in csv.DictReader(file)]

    def save(self, jobs: Iterable[Job]) -> int:
        merged = {job.id: job for job in self.load()}
        before = len(merged)
        merged.update((job.id, job) for job in jobs)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("w", newline="", encoding="utf-8") as file:
            writer = csv.DictWriter(file, fieldnames=FIELDS)
            writer.writeheader()
            writer.writerows(job.as_row() for job in merged.values())
        return len(merged) - before

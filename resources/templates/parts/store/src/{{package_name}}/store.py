"""The project's {{resource}}, kept in memory and seeded from `data/sample.json`.

A small repository with one job, so the rest of the code does not care where records live:
swap it for SQLite or SQLAlchemy later without touching the routes.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

SAMPLE = Path(__file__).with_name("data") / "sample.json"
# Fields a new record must have, with the Python type each must be.
FIELDS: dict[str, type] = {{fields_py}}

Record = dict[str, Any]
Listener = Callable[[str, Record], None]


class ValidationError(ValueError):
    """A record is missing a field or has a value of the wrong type."""


def validate(data: Any, partial: bool = False) -> Record:
    """The known fields of `data`, checked; raises ValidationError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValidationError("expected a JSON object")
    record: Record = {}
    for name, kind in FIELDS.items():
        if name not in data:
            if partial:
                continue
            raise ValidationError(f"missing field: {name}")
        value = data[name]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ValidationError(f"{name} must be {kind.__name__}")
        record[name] = value
    return record


class Store:
    """{{resource}} by id; listeners hear about every change as (event, record)."""

    def __init__(self, records: list[Record] | None = None) -> None:
        self._records: dict[int, Record] = {}
        self._listeners: list[Listener] = []
        for record in records or []:
            self._records[int(record["id"])] = dict(record)

    @classmethod
    def from_sample(cls) -> "Store":
        return cls(json.loads(SAMPLE.read_text(encoding="utf-8")))

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def all(self) -> list[Record]:
        return [copy.deepcopy(r) for _, r in sorted(self._records.items())]

    def get(self, record_id: int) -> Record | None:
        record = self._records.get(record_id)
        return copy.deepcopy(record) if record else None

    def find(self, text: str) -> list[Record]:
        needle = text.casefold()
        return [r for r in self.all() if any(needle in str(v).casefold() for v in r.values())]

    def add(self, data: Any) -> Record:
        record = {"id": max(self._records, default=0) + 1, **validate(data)}
        self._records[record["id"]] = record
        self._emit("created", record)
        return copy.deepcopy(record)

    def update(self, record_id: int, data: Any) -> Record | None:
        if record_id not in self._records:
            return None
        self._records[record_id].update(validate(data, partial=True))
        record = copy.deepcopy(self._records[record_id])
        self._emit("updated", record)
        return record

    def _emit(self, event: str, record: Record) -> None:
        for listener in self._listeners:
            listener(event, copy.deepcopy(record))

"""A small time-to-live cache, so repeated questions about a city do not hit the provider."""

from __future__ import annotations

import time
from typing import Any, Callable


class TTLCache:
    """Values kept for `ttl` seconds; `clock` returns seconds and is injectable for tests."""

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.clock = ttl, clock
        self._items: dict[str, tuple[float, Any]] = {}

    def get_or_set(self, key: str, compute: Callable[[], Any]) -> tuple[Any, bool]:
        """The cached value and True, or a freshly computed one and False."""
        now = self.clock()
        hit = self._items.get(key)
        if hit and now - hit[0] < self.ttl:
            return hit[1], True
        value = compute()
        self._items[key] = (now, value)
        return value, False

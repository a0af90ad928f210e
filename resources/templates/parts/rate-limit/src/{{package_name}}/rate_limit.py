"""Rate limiting: at most RATE_LIMIT_PER_MINUTE requests per client address per minute.

A fixed one-minute window per address, in memory: enough for one process. For several
processes or servers use Flask-Limiter (`pip install Flask-Limiter`) with a Redis backend.
"""

from __future__ import annotations

import time
from typing import Callable

from flask import Flask, jsonify, request


class FixedWindowLimiter:
    """Counts hits per key in the current window; `clock` returns seconds (injectable for tests)."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: dict[str, tuple[float, int]] = {}

    def hit(self, key: str) -> bool:
        """Records one request for `key`; False when it is over the limit."""
        now = self.clock()
        start, count = self._hits.get(key, (now, 0))
        if now - start >= self.window:
            start, count = now, 0
        self._hits[key] = (start, count + 1)
        return count < self.limit

    def retry_after(self, key: str) -> int:
        start, _ = self._hits.get(key, (self.clock(), 0))
        return max(1, int(self.window - (self.clock() - start) + 0.999))


def init_app(app: Flask) -> FixedWindowLimiter:
    limiter = FixedWindowLimiter(int(app.config["RATE_LIMIT_PER_MINUTE"]))
    app.extensions["rate_limit"] = limiter

    @app.before_request
    def limit():
        key = request.remote_addr or "unknown"
        if not limiter.hit(key):
            response = jsonify(error="too many requests; try again later")
            response.status_code = 429
            response.headers["Retry-After"] = str(limiter.retry_after(key))
            return response
        return None

    return limiter

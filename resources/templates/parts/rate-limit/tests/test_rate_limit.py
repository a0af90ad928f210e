"""Requests over the per-minute limit get 429, and the window resets."""

import unittest

from {{package_name}}.app import create_app
from {{package_name}}.rate_limit import FixedWindowLimiter


class RateLimitTest(unittest.TestCase):
    def test_the_request_over_the_limit_gets_429_with_retry_after(self):
        client = create_app({"TESTING": True, "RATE_LIMIT_PER_MINUTE": 3}).test_client()
        statuses = [client.get("/health").status_code for _ in range(4)]
        self.assertEqual(statuses, [200, 200, 200, 429])
        blocked = client.get("/health")
        self.assertEqual(blocked.get_json(), {"error": "too many requests; try again later"})
        self.assertTrue(1 <= int(blocked.headers["Retry-After"]) <= 60)

    def test_the_window_resets_after_a_minute(self):
        now = [0.0]
        limiter = FixedWindowLimiter(2, clock=lambda: now[0])
        self.assertEqual([limiter.hit("a"), limiter.hit("a"), limiter.hit("a")], [True, True, False])
        self.assertTrue(limiter.hit("b"))  # other clients have their own count
        now[0] = 60.0
        self.assertTrue(limiter.hit("a"))

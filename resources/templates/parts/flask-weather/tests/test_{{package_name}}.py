"""The forecast route through Flask's test client, with the stub provider (no network)."""

import unittest

from {{package_name}}.app import create_app
from {{package_name}}.cache import TTLCache
from {{package_name}}.provider import StubProvider


class ForecastTest(unittest.TestCase):
    def setUp(self):
        self.provider = StubProvider()
        self.client = create_app({"TESTING": True}, provider=self.provider).test_client()

    def test_returns_the_forecast_for_a_city(self):
        response = self.client.get("/forecast/London")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.get_json(), {**StubProvider.CITIES["london"], "cached": False})

    def test_a_second_request_is_served_from_the_cache(self):
        self.client.get("/forecast/paris")
        again = self.client.get("/forecast/Paris").get_json()
        self.assertTrue(again["cached"])
        self.assertEqual(self.provider.calls, 1)

    def test_an_unknown_city_is_404_with_a_message(self):
        response = self.client.get("/forecast/Atlantis")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response.get_json(), {"error": "no forecast for Atlantis"})

    def test_cache_entries_expire_after_their_ttl(self):
        now = [0.0]
        cache = TTLCache(10, clock=lambda: now[0])
        self.assertEqual(cache.get_or_set("k", lambda: 1), (1, False))
        self.assertEqual(cache.get_or_set("k", lambda: 2), (1, True))
        now[0] = 10.0
        self.assertEqual(cache.get_or_set("k", lambda: 3), (3, False))

"""Where forecasts come from. `StubProvider` answers from built-in data (tests, offline work);
`OpenWeatherProvider` calls https://api.openweathermap.org with your key in OPENWEATHER_API_KEY.
"""

from __future__ import annotations

import os
from typing import Protocol


class CityNotFound(LookupError):
    """The provider does not know this city."""


class Provider(Protocol):
    def forecast(self, city: str) -> dict: ...


class StubProvider:
    """Fixed forecasts for a few cities; counts calls so tests can see the cache working."""

    CITIES = {
        "london": {"city": "London", "country": "GB", "temp_c": 11.5, "conditions": "light rain"},
        "paris": {"city": "Paris", "country": "FR", "temp_c": 14.0, "conditions": "clear sky"},
        "tokyo": {"city": "Tokyo", "country": "JP", "temp_c": 18.2, "conditions": "few clouds"},
        "nairobi": {"city": "Nairobi", "country": "KE", "temp_c": 23.9, "conditions": "scattered clouds"},
    }

    def __init__(self) -> None:
        self.calls = 0

    def forecast(self, city: str) -> dict:
        self.calls += 1
        try:
            return dict(self.CITIES[city.strip().casefold()])
        except KeyError:
            raise CityNotFound(city) from None


class OpenWeatherProvider:
    """Current weather from OpenWeather (needs `requests` and a free API key)."""

    URL = "https://api.openweathermap.org/data/2.5/weather"

    def __init__(self, api_key: str | None = None, timeout: float = 5.0) -> None:
        self.api_key = api_key or os.environ["OPENWEATHER_API_KEY"]
        self.timeout = timeout

    def forecast(self, city: str) -> dict:
        import requests  # only needed when this provider is used

        response = requests.get(self.URL, params={"q": city, "appid": self.api_key, "units": "metric"}, timeout=self.timeout)
        if response.status_code == 404:
            raise CityNotFound(city)
        response.raise_for_status()
        data = response.json()
        return {
            "city": data["name"],
            "country": data["sys"]["country"],
            "temp_c": data["main"]["temp"],
            "conditions": data["weather"][0]["description"],
        }


def default_provider() -> Provider:
    return OpenWeatherProvider() if os.environ.get("OPENWEATHER_API_KEY") else StubProvider()

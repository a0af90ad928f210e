"""The weather API: `GET /forecast/<city>`. Run with `python -m {{package_name}}`."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify

from .cache import TTLCache
from .provider import CityNotFound, Provider, default_provider
from .web import attach_extensions, make_flask


def create_app(config: dict[str, Any] | None = None, provider: Provider | None = None) -> Flask:
    """The app; `provider` defaults to OpenWeather when OPENWEATHER_API_KEY is set, else the stub."""
    app = make_flask({"CACHE_SECONDS": 600, **(config or {})})
    provider = provider or default_provider()
    cache = TTLCache(float(app.config["CACHE_SECONDS"]))
    app.extensions["weather"] = {"provider": provider, "cache": cache}

    @app.get("/forecast/<city>")
    def forecast(city: str):
        try:
            data, cached = cache.get_or_set(city.strip().casefold(), lambda: provider.forecast(city))
        except CityNotFound:
            return jsonify(error=f"no forecast for {city}"), 404
        return jsonify({**data, "cached": cached})

    return attach_extensions(app)

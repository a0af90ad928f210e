"""What every Flask app of this project shares: config, a health route and optional extensions."""

from __future__ import annotations

import importlib
from typing import Any

from flask import Flask, jsonify

from . import about

# Modules of this package with an `init_app(app)` function, loaded in this order.
EXTENSIONS: list[str] = {{flask_extensions}}


def make_flask(config: dict[str, Any] | None = None) -> Flask:
    """A Flask app with `config` applied and `GET /health`; routes are added by the caller."""
    app = Flask(__package__)
    app.json.sort_keys = False  # keep records' fields in their natural order
    app.config.from_mapping(RATE_LIMIT_PER_MINUTE=60)
    app.config.from_prefixed_env()  # FLASK_RATE_LIMIT_PER_MINUTE=10 etc.
    app.config.update(config or {})

    @app.get("/health")
    def health():
        return jsonify(status="ok", about=about())
    return app


def attach_extensions(app: Flask) -> Flask:
    """Runs `init_app(app)` of every module in EXTENSIONS, once the app's routes and data exist."""
    for name in EXTENSIONS:
        importlib.import_module(f".{name}", __package__).init_app(app)
    return app

"""The Flask app factory: `flask --app {{package_name}}.app run` or `python -m {{package_name}}`."""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, jsonify, request

from .store import Store, ValidationError
from .web import attach_extensions, make_flask


def create_app(config: dict[str, Any] | None = None, store: Store | None = None) -> Flask:
    """A fresh app with its own store (seeded from data/sample.json unless one is given)."""
    app = make_flask(config)
    app.extensions["store"] = store = store or Store.from_sample()

    @app.get("/{{resource}}")
    def list_{{resource}}():
        query = request.args.get("q")
        return jsonify(store.find(query) if query else store.all())

    @app.get("/{{resource}}/<int:record_id>")
    def get_{{singular}}(record_id: int):
        return jsonify(store.get(record_id) or abort(404))

    @app.post("/{{resource}}")
    def create_{{singular}}():
        try:
            return jsonify(store.add(request.get_json(silent=True))), 201
        except ValidationError as error:
            return jsonify(error=str(error)), 400

    @app.patch("/{{resource}}/<int:record_id>")
    def update_{{singular}}(record_id: int):
        try:
            return jsonify(store.update(record_id, request.get_json(silent=True)) or abort(404))
        except ValidationError as error:
            return jsonify(error=str(error)), 400

    @app.errorhandler(404)
    def not_found(_error):
        return jsonify(error="not found"), 404

    return attach_extensions(app)

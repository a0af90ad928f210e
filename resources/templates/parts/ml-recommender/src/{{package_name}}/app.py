"""The recommendation API: `GET /recommendations/<user>?k=3`. Run with `python -m {{package_name}}`."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify, request

from .recommender import RATINGS, Recommender, load_ratings
from .web import attach_extensions, make_flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = make_flask(config)
    model = Recommender().fit(load_ratings(app.config.get("RATINGS_CSV", RATINGS)))
    app.extensions["recommender"] = model

    @app.get("/recommendations/<user>")
    def recommendations(user: str):
        k = request.args.get("k", default=3, type=int)
        try:
            picks = model.recommend(user, max(1, min(k, 20)))
        except KeyError:
            return jsonify(error=f"no ratings from {user}"), 404
        return jsonify(user=user, movies=[{"movie": m, "score": s} for m, s in picks])

    @app.get("/users")
    def users():
        return jsonify(list(model.matrix.index))

    return attach_extensions(app)

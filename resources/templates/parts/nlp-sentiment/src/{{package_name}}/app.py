"""The sentiment API: `POST /analyze` with `{"text": "..."}`. Run with `python -m {{package_name}}`."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify, request

from .sentiment import FEEDBACK, NaiveBayes, load_feedback
from .web import attach_extensions, make_flask

MAX_TEXT = 5000


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = make_flask(config)
    model = NaiveBayes().fit(load_feedback(app.config.get("FEEDBACK_CSV", FEEDBACK)))
    app.extensions["sentiment"] = model

    @app.post("/analyze")
    def analyze():
        body = request.get_json(silent=True)
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text.strip():
            return jsonify(error='send JSON like {"text": "Great service"}'), 400
        label, probabilities = model.predict(text[:MAX_TEXT])
        return jsonify(label=label, probabilities=probabilities)

    @app.get("/labels")
    def labels():
        return jsonify(sorted(model.labels))

    return attach_extensions(app)

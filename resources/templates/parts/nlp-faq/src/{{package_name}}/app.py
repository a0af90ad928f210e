"""The chatbot API: `POST /chat` with `{"message": "..."}`. Run with `python -m {{package_name}}`."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify, request

from .bot import FaqBot
from .web import attach_extensions, make_flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = make_flask(config)
    bot = FaqBot()
    app.extensions["bot"] = bot

    @app.get("/faq")
    def faq():
        return jsonify([item["question"] for item in bot.faq])

    @app.post("/chat")
    def chat():
        body = request.get_json(silent=True)
        message = body.get("message") if isinstance(body, dict) else None
        if not isinstance(message, str) or not message.strip():
            return jsonify(error='send JSON like {"message": "When are you open?"}'), 400
        return jsonify(bot.reply(message[:2000]))

    return attach_extensions(app)

"""The chat server: Flask + Flask-SocketIO. Run with `python -m {{package_name}}`.

Socket.IO events:
- client → server `message` `{"user": str, "text": str}`
- server → everyone `message` `{"id": int, "user": str, "text": str}`
- server → sender `error` `{"error": str}` when the message is empty
`GET /messages` returns the history (the newest HISTORY_SIZE messages).
"""

from __future__ import annotations

from collections import deque
from typing import Any

from flask import Flask, jsonify
from flask_socketio import SocketIO, emit

from .web import attach_extensions, make_flask

MAX_TEXT = 2000


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = make_flask({"HISTORY_SIZE": 100, **(config or {})})
    # None accepts only the page's own origin; an empty list would turn the check off.
    socketio = SocketIO(app, cors_allowed_origins=app.config.get("CORS_ORIGINS"))
    app.extensions["runner"] = lambda **options: socketio.run(app, allow_unsafe_werkzeug=True, **options)
    history: deque[dict] = deque(maxlen=int(app.config["HISTORY_SIZE"]))
    counter = {"next": 1}

    @app.get("/messages")
    def messages():
        return jsonify(list(history))

    @socketio.on("message")
    def on_message(data: Any):
        text = str((data or {}).get("text", "")).strip() if isinstance(data, dict) else ""
        if not text:
            emit("error", {"error": "a message needs some text"})
            return
        user = str(data.get("user") or "anonymous").strip()[:40]
        message = {"id": counter["next"], "user": user, "text": text[:MAX_TEXT]}
        counter["next"] += 1
        history.append(message)
        emit("message", message, broadcast=True)

    return attach_extensions(app)

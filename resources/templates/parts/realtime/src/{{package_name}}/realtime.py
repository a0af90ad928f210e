"""Live updates over WebSocket (Flask-SocketIO): every change to the store is pushed to clients.

Clients listen for the `changed` event: `{"event": "created" | "updated", "record": {...}}`.
"""

from flask import Flask
from flask_socketio import SocketIO


def init_app(app: Flask) -> SocketIO:
    # None accepts only the page's own origin; an empty list would turn the check off.
    socketio = SocketIO(app, cors_allowed_origins=app.config.get("CORS_ORIGINS"))
    app.extensions["runner"] = lambda **options: socketio.run(app, allow_unsafe_werkzeug=True, **options)

    def push(event: str, record: dict) -> None:
        socketio.emit("changed", {"event": event, "record": record})

    app.extensions["store"].subscribe(push)
    return socketio

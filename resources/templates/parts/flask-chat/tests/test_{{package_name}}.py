"""The chat's Socket.IO events through Flask-SocketIO's test client (no network)."""

import unittest

from {{package_name}}.app import create_app


def events(client):
    """(name, payload) of every event the test client received; older Flask-SocketIO versions
    give a broadcast's payload unwrapped, newer ones as a one-item list."""
    return [(m["name"], m["args"][0] if isinstance(m["args"], list) else m["args"]) for m in client.get_received()]


class ChatTest(unittest.TestCase):
    def setUp(self):
        self.app = create_app({"TESTING": True})
        self.socketio = self.app.extensions["socketio"]

    def test_a_message_round_trips_to_every_client(self):
        alice = self.socketio.test_client(self.app)
        bob = self.socketio.test_client(self.app)
        alice.emit("message", {"user": "alice", "text": "  hello  "})
        expected = {"id": 1, "user": "alice", "text": "hello"}
        for client in (alice, bob):
            self.assertEqual(events(client), [("message", expected)])

    def test_an_empty_message_gets_an_error_and_is_not_broadcast(self):
        alice = self.socketio.test_client(self.app)
        bob = self.socketio.test_client(self.app)
        alice.emit("message", {"user": "alice", "text": "   "})
        self.assertEqual(events(alice), [("error", {"error": "a message needs some text"})])
        self.assertEqual(events(bob), [])

    def test_history_is_served_over_http(self):
        client = self.socketio.test_client(self.app)
        client.emit("message", {"text": "first"})
        client.emit("message", {"user": "bo", "text": "second"})
        history = self.app.test_client().get("/messages").get_json()
        self.assertEqual([(m["user"], m["text"]) for m in history], [("anonymous", "first"), ("bo", "second")])

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


class OriginTest(unittest.TestCase):
    """Only pages from this site (or the sites in FLASK_CORS_ORIGINS) may open a Socket.IO connection:
    otherwise any web page the learner visits could read and write through it."""

    # An unknown session id: a request that passes the origin check still opens no connection.
    URL = "/socket.io/?EIO=4&transport=polling&sid=none"
    REFUSED = b"Not an accepted origin."

    def answer(self, config, origin):
        return create_app({"TESTING": True, **config}).test_client().get(self.URL, headers={"Origin": origin})

    def test_another_site_is_refused_and_this_one_is_not(self):
        refused = self.answer({}, "https://evil.example")
        self.assertEqual((refused.status_code, self.REFUSED in refused.data), (400, True))
        self.assertNotIn(self.REFUSED, self.answer({}, "http://localhost").data)

    def test_a_site_listed_in_the_settings_is_let_through(self):
        self.assertNotIn(self.REFUSED, self.answer({"CORS_ORIGINS": ["https://app.example"]}, "https://app.example").data)
        self.assertIn(self.REFUSED, self.answer({"CORS_ORIGINS": ["https://app.example"]}, "https://evil.example").data)

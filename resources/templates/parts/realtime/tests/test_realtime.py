"""Store changes reach Socket.IO clients (Flask-SocketIO's test client, no network)."""

import unittest

from {{package_name}}.app import create_app
from {{package_name}}.store import FIELDS


def events(client):
    """(name, payload) of every event received; older Flask-SocketIO versions give a broadcast's
    payload unwrapped, newer ones as a one-item list."""
    return [(m["name"], m["args"][0] if isinstance(m["args"], list) else m["args"]) for m in client.get_received()]


class RealtimeTest(unittest.TestCase):
    def setUp(self):
        self.app = create_app({"TESTING": True})
        self.socketio = self.app.extensions["socketio"]
        self.http = self.app.test_client()

    def test_a_change_is_pushed_to_connected_clients(self):
        client = self.socketio.test_client(self.app)
        self.assertTrue(client.is_connected())
        first = self.http.get("/{{resource}}").get_json()[0]
        field = next(name for name, kind in FIELDS.items() if kind is str)
        self.http.patch(f"/{{resource}}/{first['id']}", json={field: "changed live"})
        ((name, payload),) = events(client)
        self.assertEqual(name, "changed")
        self.assertEqual(payload["event"], "updated")
        self.assertEqual(payload["record"][field], "changed live")

    def test_a_new_record_is_announced_as_created(self):
        client = self.socketio.test_client(self.app)
        sample = self.http.get("/{{resource}}").get_json()[0]
        self.http.post("/{{resource}}", json={k: v for k, v in sample.items() if k in FIELDS})
        ((name, payload),) = events(client)
        self.assertEqual((name, payload["event"]), ("changed", "created"))


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

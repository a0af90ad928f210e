"""The {{resource}} API through Flask's test client."""

import unittest

from {{package_name}}.app import create_app
from {{package_name}}.store import FIELDS, Store


class {{model}}ApiTest(unittest.TestCase):
    def setUp(self):
        self.sample = Store.from_sample().all()
        self.client = create_app({"TESTING": True}).test_client()

    def test_lists_the_sample_{{resource}}(self):
        response = self.client.get("/{{resource}}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.get_json(), self.sample)
        self.assertGreaterEqual(len(self.sample), 3)

    def test_gets_one_{{singular}}_and_404_for_a_missing_one(self):
        first = self.sample[0]
        self.assertEqual(self.client.get(f"/{{resource}}/{first['id']}").get_json(), first)
        missing = self.client.get("/{{resource}}/999999")
        self.assertEqual(missing.status_code, 404)
        self.assertEqual(missing.get_json(), {"error": "not found"})

    def test_creates_a_{{singular}}_with_the_next_id(self):
        new = {k: v for k, v in self.sample[0].items() if k in FIELDS}
        response = self.client.post("/{{resource}}", json=new)
        self.assertEqual(response.status_code, 201)
        created = response.get_json()
        self.assertEqual(created["id"], max(r["id"] for r in self.sample) + 1)
        self.assertEqual(len(self.client.get("/{{resource}}").get_json()), len(self.sample) + 1)

    def test_refuses_a_{{singular}}_with_a_missing_field(self):
        field = next(iter(FIELDS))
        incomplete = {k: v for k, v in self.sample[0].items() if k in FIELDS and k != field}
        response = self.client.post("/{{resource}}", json=incomplete)
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.get_json(), {"error": f"missing field: {field}"})

    def test_updates_a_field_and_searches_by_text(self):
        first = self.sample[0]
        field = next(name for name, kind in FIELDS.items() if kind is str)
        updated = self.client.patch(f"/{{resource}}/{first['id']}", json={field: "Zanzibar special"})
        self.assertEqual(updated.get_json()[field], "Zanzibar special")
        found = self.client.get("/{{resource}}?q=zanzibar").get_json()
        self.assertEqual([r["id"] for r in found], [first["id"]])

"""The {{resource}} app through Django's test client, on an in-memory database."""

import json

from django.contrib import admin
from django.contrib.auth.models import User
from django.test import TestCase

from {{package_name}}.{{resource}}.models import {{model}}

SAMPLE = json.loads({{sample_json_py}})


class {{model}}ViewsTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.records = [{{model}}.objects.create(**{k: v for k, v in row.items() if k != "id"}) for row in SAMPLE]

    def test_the_list_view_returns_every_{{singular}}_as_json(self):
        response = self.client.get("/{{resource}}/")
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual([row["id"] for row in body], [r.pk for r in self.records])
        self.assertEqual(body[0]["{{title_field}}"], SAMPLE[0]["{{title_field}}"])

    def test_the_list_filters_and_the_detail_view_404s(self):
        first = SAMPLE[0]["{{title_field}}"]
        found = self.client.get("/{{resource}}/", {"q": first}).json()
        self.assertIn(first, [row["{{title_field}}"] for row in found])
        self.assertEqual(self.client.get(f"/{{resource}}/{self.records[0].pk}/").json()["id"], self.records[0].pk)
        self.assertEqual(self.client.get("/{{resource}}/999999/").status_code, 404)

    def test_the_model_is_in_the_admin_and_its_list_page_renders(self):
        self.assertTrue(admin.site.is_registered({{model}}))
        staff = User.objects.create_superuser("admin", "admin@example.com", "pw-for-tests")
        self.client.force_login(staff)
        page = self.client.get("/admin/{{resource}}/{{model_lower}}/")
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, str(self.records[0]))

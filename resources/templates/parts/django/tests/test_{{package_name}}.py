"""The {{resource}} app through Django's test client, on an in-memory database built by the migrations."""

import json

from django.contrib import admin
from django.contrib.auth.models import User
from django.test import TestCase

from {{package_name}}.{{resource}}.models import {{model}}

SAMPLE = json.loads({{sample_json_py}})


class {{model}}ViewsTest(TestCase):
    def test_a_fresh_database_lists_the_sample_{{resource}}(self):
        # Migration 0002 seeds them, so the list page is never empty on a first `migrate`.
        response = self.client.get("/{{resource}}/")
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual([row["{{title_field}}"] for row in body], [row["{{title_field}}"] for row in SAMPLE])
        self.assertEqual({k: v for k, v in body[0].items() if k != "id"}, {k: v for k, v in SAMPLE[0].items() if k != "id"})

    def test_a_new_{{singular}}_is_listed_filtered_and_shown_and_an_unknown_one_404s(self):
        record = {{model}}.objects.create(**{**{k: v for k, v in SAMPLE[0].items() if k != "id"}, "{{title_field}}": "Added in a test"})
        self.assertEqual(self.client.get("/{{resource}}/").json()[-1]["id"], record.pk)
        found = self.client.get("/{{resource}}/", {"q": "added in"}).json()
        self.assertEqual([row["id"] for row in found], [record.pk])
        self.assertEqual(self.client.get(f"/{{resource}}/{record.pk}/").json()["{{title_field}}"], "Added in a test")
        self.assertEqual(self.client.get("/{{resource}}/999999/").status_code, 404)

    def test_the_model_is_in_the_admin_and_its_list_page_renders(self):
        self.assertTrue(admin.site.is_registered({{model}}))
        staff = User.objects.create_superuser("admin", "admin@example.com", "pw-for-tests")
        self.client.force_login(staff)
        page = self.client.get("/admin/{{resource}}/{{model_lower}}/")
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, SAMPLE[0]["{{title_field}}"])

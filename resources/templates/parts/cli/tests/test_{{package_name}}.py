"""The store and the command line on the bundled sample data."""

import io
import json
import unittest
from contextlib import redirect_stdout

from {{package_name}}.__main__ import main
from {{package_name}}.store import FIELDS, Store, ValidationError


class StoreTest(unittest.TestCase):
    def setUp(self):
        self.store = Store.from_sample()
        self.sample = self.store.all()

    def test_the_sample_loads_with_every_field(self):
        self.assertGreaterEqual(len(self.sample), 3)
        for record in self.sample:
            self.assertEqual(set(record), {"id", *FIELDS})

    def test_add_assigns_the_next_id_and_tells_listeners(self):
        heard = []
        self.store.subscribe(lambda event, record: heard.append((event, record["id"])))
        new = self.store.add({k: v for k, v in self.sample[0].items() if k in FIELDS})
        self.assertEqual(new["id"], len(self.sample) + 1)
        self.assertEqual(heard, [("created", new["id"])])
        with self.assertRaises(ValidationError):
            self.store.add({})

    def test_the_command_line_lists_and_finds(self):
        with redirect_stdout(io.StringIO()) as printed:
            self.assertEqual(main(["list"]), 0)
        self.assertEqual([json.loads(line) for line in printed.getvalue().splitlines()], self.sample)
        with redirect_stdout(io.StringIO()):
            self.assertEqual(main(["find", "no such text anywhere"]), 1)

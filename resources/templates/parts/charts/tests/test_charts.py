"""The chart endpoint sums the records per group, as a Plotly bar figure."""

import unittest

from {{package_name}}.app import create_app
from {{package_name}}.charts import GROUP_BY, VALUE, bar_figure, totals


class ChartsTest(unittest.TestCase):
    def test_totals_sum_per_group_largest_first(self):
        records = [{GROUP_BY: "a", VALUE or "n": 1}, {GROUP_BY: "b", VALUE or "n": 5}, {GROUP_BY: "a", VALUE or "n": 2}]
        expected = {"b": 5.0, "a": 3.0} if VALUE else {"a": 2.0, "b": 1.0}
        self.assertEqual(totals(records), expected)

    def test_the_route_returns_a_bar_figure_of_the_sample(self):
        app = create_app({"TESTING": True})
        figure = app.test_client().get("/charts/totals").get_json()
        self.assertEqual(figure, bar_figure(totals(app.extensions["store"].all())))
        self.assertEqual(figure["data"][0]["type"], "bar")
        self.assertGreater(len(figure["data"][0]["x"]), 0)

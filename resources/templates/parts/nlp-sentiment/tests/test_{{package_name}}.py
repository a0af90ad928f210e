"""The sentiment baseline on its bundled CSV, and the /analyze route."""

import io
import unittest
from contextlib import redirect_stdout

from {{package_name}}.app import create_app
from {{package_name}}.sentiment import NaiveBayes, load_feedback, tokenize
from {{package_name}}.train import main as train


class SentimentTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = NaiveBayes().fit(load_feedback())

    def test_classifies_clear_cases(self):
        self.assertEqual(self.model.predict("The staff were friendly and the delivery was fast")[0], "positive")
        self.assertEqual(self.model.predict("Awful, it broke and support was rude")[0], "negative")
        self.assertEqual(self.model.predict("The order number is in the email")[0], "neutral")

    def test_tokenize_keeps_negation(self):
        self.assertEqual(tokenize("Not good!"), ["not", "good", "not_good"])

    def test_held_out_accuracy_beats_guessing(self):
        with redirect_stdout(io.StringIO()):
            accuracy = train([])
        self.assertGreater(accuracy, 1 / 3)

    def test_the_route_labels_text_and_refuses_empty_input(self):
        client = create_app({"TESTING": True}).test_client()
        body = client.post("/analyze", json={"text": "I love it, excellent quality"}).get_json()
        self.assertEqual(body["label"], "positive")
        self.assertAlmostEqual(sum(body["probabilities"].values()), 1.0, places=2)
        self.assertEqual(client.post("/analyze", json={"text": "  "}).status_code, 400)
        self.assertEqual(client.post("/analyze", data="not json").status_code, 400)

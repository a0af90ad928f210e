"""The FAQ bot on its bundled questions, and the /chat route."""

import io
import unittest
from contextlib import redirect_stdout

from {{package_name}}.app import create_app
from {{package_name}}.bot import FALLBACK, FaqBot
from {{package_name}}.train import main as train


class FaqBotTest(unittest.TestCase):
    def setUp(self):
        self.bot = FaqBot()

    def test_answers_a_known_question_word_for_word(self):
        reply = self.bot.reply("How do I return a product?")
        self.assertEqual(reply["question"], "How do I return a product?")
        self.assertEqual(reply["confidence"], 1.0)

    def test_matches_paraphrases_and_falls_back_on_unknown_topics(self):
        self.assertEqual(self.bot.reply("what time do you open")["question"], "What are your opening hours?")
        self.assertEqual(self.bot.reply("tell me about penguins")["answer"], FALLBACK)

    def test_paraphrase_accuracy_is_reported(self):
        with redirect_stdout(io.StringIO()) as printed:
            accuracy = train([])
        self.assertGreaterEqual(accuracy, 0.7)
        self.assertIn("paraphrases matched", printed.getvalue())

    def test_the_chat_route_replies_and_refuses_empty_messages(self):
        client = create_app({"TESTING": True}).test_client()
        body = client.post("/chat", json={"message": "What payment methods are accepted?"}).get_json()
        self.assertEqual(body["answer"], "Cards, PayPal and bank transfer.")
        self.assertEqual(client.post("/chat", json={"message": ""}).status_code, 400)
        self.assertIn("How can I contact a human?", client.get("/faq").get_json())

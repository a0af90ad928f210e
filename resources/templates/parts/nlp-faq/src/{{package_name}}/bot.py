"""An FAQ chatbot baseline: answer with the closest known question (bag of words + cosine).

No model downloads, so it runs anywhere; the roadmap's next step is to train a spaCy model
(or use its word vectors) and beat `evaluate()` on data/paraphrases.csv.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).with_name("data")
STOP = set("a an the i you we my your is are do does can how what which where when to of for in on and or me this it".split())
FALLBACK = "Sorry, I don't know that one yet. Try asking about orders, returns, payments or opening hours."


def stem(word: str) -> str:
    """A crude stemmer ("opening" → "open", "hours" → "hour"); spaCy's lemmas do this properly."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def words(text: str) -> Counter:
    return Counter(stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP)


def cosine(a: Counter, b: Counter) -> float:
    dot = sum(a[w] * b[w] for w in a)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def load_csv(name: str) -> list[dict]:
    with (DATA / name).open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


class FaqBot:
    """`reply(text)` → {"answer", "question" (matched or None), "confidence" 0..1}."""

    def __init__(self, faq: list[dict] | None = None, threshold: float = 0.3) -> None:
        self.faq = faq if faq is not None else load_csv("faq.csv")
        self.vectors = [words(item["question"]) for item in self.faq]
        self.threshold = threshold

    def reply(self, text: str) -> dict:
        query = words(text)
        scores = [cosine(query, vector) for vector in self.vectors]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        if best is None or scores[best] < self.threshold:
            return {"answer": FALLBACK, "question": None, "confidence": round(max(scores, default=0.0), 3)}
        item = self.faq[best]
        return {"answer": item["answer"], "question": item["question"], "confidence": round(scores[best], 3)}


def evaluate(bot: FaqBot | None = None) -> float:
    """Share of the paraphrases in data/paraphrases.csv matched to the right question."""
    bot = bot or FaqBot()
    cases = load_csv("paraphrases.csv")
    return sum(bot.reply(case["text"])["question"] == case["question"] for case in cases) / len(cases)

"""A sentiment baseline with no downloads: multinomial Naive Bayes over words, in plain Python.

It is the yardstick for the roadmap's next step (preprocess with NLTK, then a better model):
whatever you build should beat `evaluate()` on the same split (about 80% on the bundled data,
where guessing gets 33%). data/feedback.csv is a small bundled sample (text,label: 28 each of
positive / neutral / negative).
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

FEEDBACK = Path(__file__).with_name("data") / "feedback.csv"
WORD = re.compile(r"[a-z']+")


def tokenize(text: str) -> list[str]:
    """Lower-case words; "not good" becomes ["not", "not_good"] so negation is not lost."""
    words = WORD.findall(text.lower())
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:]) if a in {"not", "never", "no"}]


def load_feedback(path: str | Path = FEEDBACK) -> list[tuple[str, str]]:
    with Path(path).open(newline="", encoding="utf-8") as file:
        return [(row["text"], row["label"]) for row in csv.DictReader(file)]


class NaiveBayes:
    """`fit(rows)` on (text, label) pairs, then `predict(text)` → (label, {label: probability})."""

    def fit(self, rows: list[tuple[str, str]]) -> "NaiveBayes":
        self.labels = Counter(label for _, label in rows)
        self.words: dict[str, Counter] = defaultdict(Counter)
        for text, label in rows:
            self.words[label].update(tokenize(text))
        self.vocabulary = {w for counts in self.words.values() for w in counts}
        return self

    def predict(self, text: str) -> tuple[str, dict[str, float]]:
        tokens = [t for t in tokenize(text) if t in self.vocabulary]
        total = sum(self.labels.values())
        logs = {}
        for label, count in self.labels.items():
            words = self.words[label]
            size = sum(words.values()) + len(self.vocabulary)
            logs[label] = math.log(count / total) + sum(math.log((words[t] + 1) / size) for t in tokens)
        top = max(logs.values())
        odds = {label: math.exp(v - top) for label, v in logs.items()}
        probabilities = {label: round(o / sum(odds.values()), 3) for label, o in odds.items()}
        return max(probabilities, key=probabilities.get), probabilities


def split(rows: list[tuple[str, str]], every: int = 4) -> tuple[list, list]:
    """Every `every`-th row *of each label* for testing, the rest for training: each label is
    tested in proportion, and the split is deterministic so runs compare."""
    seen: Counter = Counter()
    train, test = [], []
    for row in rows:
        seen[row[1]] += 1
        (test if seen[row[1]] % every == 0 else train).append(row)
    return train, test


def evaluate(rows: list[tuple[str, str]]) -> float:
    """Accuracy on the held-out rows of `split(rows)`."""
    train, test = split(rows)
    model = NaiveBayes().fit(train)
    return sum(model.predict(text)[0] == label for text, label in test) / len(test)

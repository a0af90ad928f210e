"""`python -m {{package_name}}.train [feedback.csv]`: train the baseline and report its accuracy."""

from __future__ import annotations

import sys

from .sentiment import FEEDBACK, evaluate, load_feedback


def main(argv: list[str] | None = None) -> float:
    args = sys.argv[1:] if argv is None else argv
    rows = load_feedback(args[0] if args else FEEDBACK)
    accuracy = evaluate(rows)
    print(f"{len(rows)} labelled texts; held-out accuracy: {accuracy:.0%}")
    return accuracy


if __name__ == "__main__":
    main()

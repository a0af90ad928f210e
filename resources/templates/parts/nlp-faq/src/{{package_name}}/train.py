"""`python -m {{package_name}}.train`: load the FAQ and report how many paraphrases it matches."""

from __future__ import annotations

from .bot import FaqBot, evaluate


def main(argv: list[str] | None = None) -> float:
    bot = FaqBot()
    accuracy = evaluate(bot)
    print(f"{len(bot.faq)} questions; paraphrases matched: {accuracy:.0%}")
    return accuracy


if __name__ == "__main__":
    main()

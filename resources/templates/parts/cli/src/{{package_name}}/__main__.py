"""`python -m {{package_name}} list`, `python -m {{package_name}} find <text>`.

A command-line start; the {{resource}} come from data/sample.json (see store.py).
"""

from __future__ import annotations

import argparse
import json

from .store import Store


def main(argv: list[str] | None = None, store: Store | None = None) -> int:
    parser = argparse.ArgumentParser(prog="{{package_name}}", description="Browse the project's {{resource}}.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="show every record")
    find = commands.add_parser("find", help="show records containing some text")
    find.add_argument("text")
    args = parser.parse_args(argv)
    store = store or Store.from_sample()
    records = store.all() if args.command == "list" else store.find(args.text)
    for record in records:
        print(json.dumps(record, ensure_ascii=False))
    return 0 if records else 1


if __name__ == "__main__":
    raise SystemExit(main())

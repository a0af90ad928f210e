"""`python -m {{package_name}} --file tests/fixtures/jobs.html --out out/jobs.csv`
or `python -m {{package_name}} --url https://… --out out/jobs.csv`."""

from __future__ import annotations

import argparse
from pathlib import Path

from .scraper import fetch, parse_jobs
from .storage import CsvStorage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="{{package_name}}", description="Scrape job listings into a CSV file.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="page to download")
    source.add_argument("--file", type=Path, help="saved HTML page to read")
    parser.add_argument("--out", type=Path, default=Path("out/jobs.csv"))
    args = parser.parse_args(argv)
    html = fetch(args.url) if args.url else args.file.read_text(encoding="utf-8")
    jobs = parse_jobs(html, base_url=args.url or "https://jobs.example.com/")
    added = CsvStorage(args.out).save(jobs)
    print(f"{len(jobs)} jobs found, {added} new, saved to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

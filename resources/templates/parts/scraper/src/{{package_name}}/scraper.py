"""Fetch a job board page and turn it into records (requests + BeautifulSoup).

Adapt the CSS selectors in `parse_jobs` to the site you scrape, and check its terms and
robots.txt first. Tests run on the saved page in tests/fixtures/jobs.html.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from urllib.parse import urljoin

from bs4 import BeautifulSoup

FIELDS = ["id", "title", "company", "location", "posted", "url"]


@dataclass(frozen=True)
class Job:
    id: str
    title: str
    company: str
    location: str
    posted: str  # YYYY-MM-DD
    url: str

    def as_row(self) -> dict:
        return asdict(self)


def parse_jobs(html: str, base_url: str = "https://jobs.example.com/") -> list[Job]:
    """Every complete job listing on the page; ads and half-filled items are skipped."""
    soup = BeautifulSoup(html, "html.parser")
    jobs = []
    for item in soup.select("li.job"):
        link = item.select_one(".title a")
        company = item.select_one(".company")
        if not link or not company or not item.get("data-id"):
            continue
        location = item.select_one(".location")
        posted = item.select_one("time")
        jobs.append(
            Job(
                id=item["data-id"],
                title=link.get_text(strip=True),
                company=company.get_text(strip=True),
                location=location.get_text(strip=True) if location else "",
                posted=posted.get("datetime", "") if posted else "",
                url=urljoin(base_url, link.get("href", "")),
            )
        )
    return jobs


def fetch(url: str, session=None, timeout: float = 10.0) -> str:
    """The page's HTML; `session` is a requests.Session (or anything with the same `get`)."""
    if session is None:
        import requests

        session = requests.Session()
    response = session.get(url, timeout=timeout, headers={"User-Agent": "{{slug}}/0.1 (learning project)"})
    response.raise_for_status()
    return response.text

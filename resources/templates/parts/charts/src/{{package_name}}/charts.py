"""Chart data for the frontend: a Plotly figure as JSON, built from the store's records.

The figure is a plain dict in Plotly's JSON schema, so the browser (plotly.js / react-plotly.js)
draws it and the server needs Plotly only when you want to render images with it.
"""

from __future__ import annotations

from collections import defaultdict

from flask import Flask, jsonify

GROUP_BY = {{chart_group_py}}
VALUE = {{chart_value_py}}  # None: count records per group


def totals(records: list[dict], group_by: str = GROUP_BY, value: str | None = VALUE) -> dict[str, float]:
    """Sum of `value` (or a count) per distinct `group_by`, largest first."""
    sums: dict[str, float] = defaultdict(float)
    for record in records:
        sums[str(record.get(group_by, "other"))] += float(record.get(value, 0)) if value else 1
    return dict(sorted(sums.items(), key=lambda item: (-item[1], item[0])))


def bar_figure(sums: dict[str, float]) -> dict:
    return {
        "data": [{"type": "bar", "x": list(sums), "y": [round(v, 2) for v in sums.values()]}],
        "layout": {"title": {"text": f"{VALUE or 'count'} by {GROUP_BY}"}},
    }


def init_app(app: Flask) -> None:
    @app.get("/charts/totals")
    def chart_totals():
        return jsonify(bar_figure(totals(app.extensions["store"].all())))

"""The self-contained HTML report in German: side by side, scores, findings in place, facts, a length chart.

No external requests (no CDN, no fonts, no scripts), every text escaped by Jinja2's autoescape, printable.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from simplify.profile import profile
from simplify.report.analysis import build_report, format_number, score_rows

if TYPE_CHECKING:
    import jinja2

    from simplify.document import Result

BLOCK_NAMES = {
    "heading": "Überschrift",
    "paragraph": "Absatz",
    "list": "Liste",
    "contact": "Kontakt",
    "dateline": "Datumszeile",
}
CHART_WIDTH, CHART_HEIGHT, PANEL_GAP, MARGIN = 760, 240, 40, 36


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _panel(lengths: list[int], left: float, width: float, top: int, scale: float) -> list[dict[str, object]]:
    """Bars of one panel of the chart, one per sentence."""
    step = width / max(len(lengths), 1)
    bar = max(min(step * 0.8, 24.0), 1.0)
    return [
        {
            "x": round(left + i * step + (step - bar) / 2, 1),
            "y": round(top + (CHART_HEIGHT - top - MARGIN) - n * scale, 1),
            "width": round(bar, 1),
            "height": round(n * scale, 1),
            "number": i + 1,
            "words": n,
        }
        for i, n in enumerate(lengths)
    ]


def chart(before: list[int], after: list[int], limit: int) -> dict[str, object]:
    """Geometry of the inline SVG: sentence lengths before (left) and after (right), and the limit."""
    top = 28
    plot = CHART_HEIGHT - top - MARGIN
    highest = max([*before, *after, limit + 2])
    scale = plot / highest
    panel = (CHART_WIDTH - 2 * MARGIN - PANEL_GAP) / 2
    right = MARGIN + panel + PANEL_GAP
    limit_y = round(top + plot - limit * scale, 1)
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "baseline": top + plot,
        "panels": [
            {
                "title": "Vorher",
                "css": "before",
                "left": MARGIN,
                "width": panel,
                "bars": _panel(before, MARGIN, panel, top, scale),
            },
            {
                "title": "Nachher",
                "css": "after",
                "left": right,
                "width": panel,
                "bars": _panel(after, right, panel, top, scale),
            },
        ],
        "limit": limit,
        "limit_y": limit_y,
        "highest": highest,
    }


def _settings(record: dict[str, object]) -> list[tuple[str, str]]:
    """The settings record as (key, value) pairs; nested records (versions) become "versions.SoMaJo"."""
    pairs = []
    for key, value in record.items():
        if isinstance(value, dict):
            pairs.extend((f"{key}.{k}", "–" if v in (None, "") else str(v)) for k, v in value.items())
        else:
            pairs.append((key, "–" if value in (None, "", {}) else str(value)))
    return pairs


def render_html(result: Result) -> str:
    """The report as one HTML document (UTF-8 text)."""
    report = build_report(result)
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        level_name=profile(report.level).name,
        block_names=BLOCK_NAMES,
        scores=score_rows(report),
        chart=chart(
            [row.score["words"] for row in report.rows],
            [line.score["words"] for line in report.lines],
            report.limit,
        ),
        settings=_settings(result.settings),
        number=format_number,
    )

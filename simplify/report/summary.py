"""The summary of a batch run: ``summary.json`` and ``summary.html`` in OUTDIR.

Counts, failures with their reasons, readability before and after across the archive (with an inline SVG
histogram of the readability index) and the documents that are hardest to read after conversion, linking to
their per-document reports. Built from the manifest entries alone, so a resumed run summarises the whole job.
"""

from __future__ import annotations

import heapq
import json
import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import quote

__all__ = ["HARDEST", "LEVELS", "build_summary", "hardest", "render_summary_html", "write_summary"]

HARDEST = 20
LEVELS = ("Leichte Sprache", "Einfache Sprache", "Standard", "Schwer")
_BINS = 10
_CHART = {"width": 640, "height": 240, "left": 44, "right": 24, "top": 16, "bottom": 40}

Entry = dict[str, object]


def _index(entry: Entry, when: str) -> float | None:
    scores = entry.get("readability")
    if not isinstance(scores, dict) or not isinstance(scores.get(when), dict):
        return None
    value = scores[when].get("index")
    return float(value) if isinstance(value, int | float) else None


def _level(entry: Entry, when: str) -> str | None:
    scores = entry.get("readability") or {}
    level = scores.get(when, {}).get("level") if isinstance(scores, dict) else None
    return level if isinstance(level, str) else None


def _side(entries: Sequence[Entry], when: str) -> dict[str, object]:
    values = [v for e in entries if (v := _index(e, when)) is not None]
    levels = Counter(level for e in entries if (level := _level(e, when)) is not None)
    return {
        "documents": len(values),
        "mean_index": round(statistics.fmean(values), 2) if values else None,
        "median_index": round(statistics.median(values), 2) if values else None,
        "levels": {level: levels.get(level, 0) for level in (*LEVELS, *sorted(set(levels) - set(LEVELS)))},
    }


def _step(span: float) -> float:
    """A round bin width (1, 2, 2.5 or 5 times a power of ten) giving about _BINS bins over ``span``."""
    raw = span / _BINS if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 2.5, 5, 10) if raw <= f * power * (1 + 1e-9))


def _histogram(entries: Sequence[Entry]) -> dict[str, list[float] | list[int]]:
    before = [v for e in entries if (v := _index(e, "before")) is not None]
    after = [v for e in entries if (v := _index(e, "after")) is not None]
    values = before + after
    if not values:
        return {"edges": [], "before": [], "after": []}
    step = _step(max(values) - min(values))
    low = math.floor(min(values) / step) * step
    bins = max(math.ceil((max(values) - low) / step - 1e-9), 1)
    edges = [round(low + i * step, 6) for i in range(bins + 1)]

    def counts(sample: list[float]) -> list[int]:
        found = [0] * bins
        for value in sample:
            found[min(int((value - low) / step + 1e-9), bins - 1)] += 1
        return found

    return {"edges": edges, "before": counts(before), "after": counts(after)}


def hardest(entries: Iterable[Entry], count: int | None = None) -> list[Entry]:
    """The ``count`` (default HARDEST) documents hardest to read after conversion, hardest first."""
    scored = (e for e in entries if e.get("status") == "ok" and _index(e, "after") is not None)
    return heapq.nlargest(
        HARDEST if count is None else count, scored, key=lambda e: (_index(e, "after"), str(e.get("path")))
    )


def build_summary(
    entries: Sequence[Entry], *, counts: dict[str, int], settings: dict[str, object], fmt: str
) -> dict[str, object]:
    """The data of summary.json from the job's manifest entries."""
    ok = [e for e in entries if e.get("status") == "ok"]
    scored = [e for e in ok if _index(e, "after") is not None]
    return {
        "counts": counts,
        "format": fmt,
        "settings": settings,
        "failures": [
            {"path": e.get("path"), "error": e.get("error")} for e in entries if e.get("status") != "ok"
        ],
        "readability": {
            "available": bool(scored),
            "note": _note(len(scored), len(ok)),
            "scored": len(scored),
            "converted": len(ok),
            "before": _side(scored, "before"),
            "after": _side(scored, "after"),
            "histogram": _histogram(scored),
        },
        "hardest": [
            {
                "path": e.get("path"),
                "output": e.get("output"),
                "report": e.get("report") or e.get("output"),
                "index_before": _index(e, "before"),
                "index_after": _index(e, "after"),
                "level_after": _level(e, "after"),
            }
            for e in hardest(scored)
        ],
    }


def _note(scored: int, converted: int) -> str | None:
    """German note when readability is missing for some or all converted documents."""
    if scored == converted:
        return None
    if scored == 0:
        return "Die Lesbarkeit wurde nicht berechnet: das Modul simplify.readability ist nicht installiert."
    return f"Die Lesbarkeit wurde nur für {scored} von {converted} Dokumenten berechnet."


def _bars(histogram: dict[str, list]) -> dict[str, object]:
    """Geometry of the grouped bar chart (before and after per index bin) for the SVG in the template."""
    c = _CHART
    bins = len(histogram["before"])
    if not bins:
        return {"bars": [], "ticks": [], "labels": [], **c}
    plot_w = c["width"] - c["left"] - c["right"]
    plot_h = c["height"] - c["top"] - c["bottom"]
    step = math.ceil(max(*histogram["before"], *histogram["after"], 1) / 4)
    peak = 4 * step
    slot = plot_w / bins
    bars = []
    for i in range(bins):
        for j, when in enumerate(("before", "after")):
            count = histogram[when][i]
            height = plot_h * count / peak
            bars.append(
                {
                    "x": round(c["left"] + i * slot + 2 + j * (slot - 4) / 2, 1),
                    "y": round(c["top"] + plot_h - height, 1),
                    "w": round((slot - 4) / 2, 1),
                    "h": round(height, 1),
                    "when": when,
                    "title": f"{'vorher' if when == 'before' else 'nachher'}: {count} Dokument(e), Index "
                    f"{histogram['edges'][i]:g} bis {histogram['edges'][i + 1]:g}",
                }
            )
    ticks = [{"y": round(c["top"] + plot_h - plot_h * k / 4, 1), "label": str(step * k)} for k in range(5)]
    labels = [
        {"x": round(c["left"] + i * slot, 1), "label": f"{edge:g}"}
        for i, edge in enumerate(histogram["edges"])
        if i % 2 == 0 or bins < 7
    ]
    return {"bars": bars, "ticks": ticks, "labels": labels, "base": c["top"] + plot_h, **c}


def render_summary_html(summary: dict[str, object]) -> str:
    """summary.html: a self-contained page (no scripts, no external files)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["href"] = lambda path: "/".join(
        quote(part, errors="surrogateescape") for part in str(path).split("/")
    )
    readability = summary["readability"]
    return env.get_template("summary.html.j2").render(
        summary=summary, chart=_bars(readability["histogram"]), levels=LEVELS
    )


def write_summary(
    outdir: Path, entries: Sequence[Entry], *, counts: dict[str, int], settings: dict[str, object], fmt: str
) -> Path:
    """Write summary.json and summary.html atomically into ``outdir``; returns the path of summary.html."""
    from simplify.io.write import printable, write_atomic

    summary = build_summary(entries, counts=counts, settings=settings, fmt=fmt)
    text = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    write_atomic(outdir / "summary.json", printable(text), parents=True)
    write_atomic(outdir / "summary.html", printable(render_summary_html(summary)), parents=True)
    return outdir / "summary.html"

"""Charts as self-contained SVG data URIs, so the report file needs nothing beside itself.

Figures are built with matplotlib's object API (no pyplot, no GUI backend, no global
state); text is drawn as paths, so the charts look the same without the fonts installed.
"""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Sequence

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from pipeline.report import outlines

WIDTH = 10.0
BAR_HEIGHT = 0.3  # inches of figure per bar
LABEL_CHARS = 48
EUROPE = (-12.0, 35.0, 35.0, 72.0)  # lon min, lon max, lat min, lat max
# Colour-blind-safe colours (Okabe & Ito, plus Tol's indigo and wine), each with one meaning. Vote outcomes
# and action statuses share a colour only where they mean the same thing: done, refused, on hold, no verdict.
DONE, REFUSED, ON_HOLD, NO_VERDICT = "#009E73", "#D55E00", "#E69F00", "#999999"
MEANING_COLOURS = {
    "adopted": DONE, "completed": DONE,
    "rejected": REFUSED, "cancelled": REFUSED,
    "postponed": ON_HOLD, "paused": ON_HOLD,
    "noted": NO_VERDICT, "unknown": NO_VERDICT,
    "in_progress": "#0072B2", "partly_completed": "#56B4E9", "not_started": "#F0E442",
    # relations are only ever drawn in charts of their own (map, since-when)
    "twin": "#0072B2", "cooperation_agreement": "#CC79A7", "intention_agreement": "#56B4E9",
    "mou": "#F0E442", "project_partner": "#000000", "strategic_partner": "#332288",
}
PALETTE = ("#0072B2", "#CC79A7", "#56B4E9", "#F0E442", "#000000", "#332288", "#882255")  # other categories


def data_uri(fig: Figure) -> str:
    """The figure as a base64 SVG data URI for an <img src>."""
    buffer = io.BytesIO()
    with rc_context({"svg.hashsalt": "municipal-report"}):  # stable ids: the same run gives identical charts
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def colours(categories: Sequence[str]) -> dict[str, str]:
    """One fixed colour per category (its meaning's colour), so a category keeps its colour in every chart."""
    others = iter(PALETTE * (1 + len(categories) // len(PALETTE)))
    return {c: MEANING_COLOURS.get(c) or next(others) for c in categories}


def present(vocabulary: Sequence[str], observed: set[str]) -> tuple[list[str], dict[str, str]]:
    """The categories seen, in vocabulary order then unknown ones, and a palette covering both."""
    extra = sorted(observed - set(vocabulary))
    return [c for c in vocabulary if c in observed] + extra, colours([*vocabulary, *extra])


def _handles(categories: list[str], palette: dict[str, str]) -> list[Line2D]:
    return [Line2D([], [], color=palette[c], marker="o", label=c) for c in categories]


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _height(n_bars: int) -> float:
    return 1.2 + BAR_HEIGHT * max(n_bars, 1)


def _rows(ax: Axes, labels: list[str]) -> range:
    """Numeric bar positions, top to bottom, so labels that shorten alike still get a bar each."""
    positions = range(len(labels))
    ax.set_yticks(positions, [_short(label) for label in labels])
    ax.invert_yaxis()
    return positions


def _barh(ax: Axes, counts: dict[str, int], colour: str = PALETTE[0]) -> None:
    ax.barh(_rows(ax, list(counts)), list(counts.values()), height=0.6, color=colour)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)


def facet_bars(facets: dict[str, dict[str, int]]) -> str:
    """One small bar chart per facet (municipality, country, language, doc_type), side by side in a grid."""
    n_cols = 2
    n_rows = math.ceil(len(facets) / n_cols)
    tallest = max(len(c) for c in facets.values())
    fig = Figure(figsize=(WIDTH, n_rows * _height(tallest)))
    axes = fig.subplots(n_rows, n_cols, squeeze=False).flatten()
    for ax, (facet, counts) in zip(axes, facets.items(), strict=False):
        _barh(ax, counts)
        ax.set_title(f"documents per {facet}", loc="left", fontsize=10)
    for ax in axes[len(facets) :]:
        ax.set_visible(False)
    fig.tight_layout()
    return data_uri(fig)


def ranked_bars(counts: dict[str, int], xlabel: str, limit: int = 20) -> str:
    """Horizontal bars, largest first, cut at `limit` bars."""
    top = dict(list(counts.items())[:limit])
    fig = Figure(figsize=(WIDTH, _height(len(top))))
    ax = fig.subplots()
    _barh(ax, top)
    ax.set_xlabel(xlabel)
    return data_uri(fig)


def stacked_bars(table: dict[str, dict[str, int]], vocabulary: Sequence[str], xlabel: str) -> str:
    """One horizontal bar per row label, split by category; categories outside the vocabulary still show."""
    categories, palette = present(vocabulary, {c for counts in table.values() for c in counts})
    fig = Figure(figsize=(WIDTH, _height(len(table)) + 0.4))
    ax = fig.subplots()
    positions = _rows(ax, list(table))
    left = [0] * len(table)
    for category in categories:
        widths = [counts.get(category, 0) for counts in table.values()]
        ax.barh(positions, widths, left=left, height=0.6, color=palette[category], label=category)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlabel(xlabel)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=min(len(categories), 4), frameon=False)
    return data_uri(fig)


def _in_box(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    (x, y), (x0, x1, y0, y1) = point, box
    return x0 <= x <= x1 and y0 <= y <= y1


Box = tuple[float, float, float, float]


def _draw_links(ax: Axes, lines: list[dict], palette: dict[str, str], box: Box, unlabelled: Box | None) -> None:
    """Municipalities, partner cities and the lines between them, on one equirectangular panel framed by `box`.

    Names inside `unlabelled` are left out (a close-up panel shows them legibly).
    """
    _draw_outlines(ax, box)
    homes = {line["municipality"]: line["home"] for line in lines}
    cities: dict[str, tuple[tuple[float, float], str]] = {}
    for line in lines:
        colour = palette[line["relation"]]
        (x0, y0), (x1, y1) = line["home"], line["away"]
        ax.plot([x0, x1], [y0, y1], color=colour, linewidth=1.2, alpha=0.7, zorder=1)
        cities.setdefault(line["city"], (line["away"], colour))
    labelled: list[tuple[float, float]] = list(homes.values())
    for city, ((x, y), colour) in cities.items():
        ax.scatter([x], [y], s=28, color=colour, edgecolors="white", linewidths=0.5, zorder=2)
        if _in_box((x, y), box) and not (unlabelled and _in_box((x, y), unlabelled)) and _room((x, y), labelled, box):
            labelled.append((x, y))
            ax.annotate(
                city,
                (x, y),
                xytext=(3, 3),
                textcoords="offset points",
                fontsize=7,
                color="#333333",
                annotation_clip=True,
            )
    for municipality, (x, y) in homes.items():
        ax.scatter([x], [y], s=70, marker="s", color="black", zorder=3)
        if not (unlabelled and _in_box((x, y), unlabelled)):
            ax.annotate(
                municipality,
                (x, y),
                xytext=(4, -10),
                textcoords="offset points",
                fontsize=9,
                fontweight="bold",
                annotation_clip=True,
            )
    x0, x1, y0, y1 = box
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / max(math.cos(math.radians((y0 + y1) / 2)), 0.2))  # true to scale mid-panel
    ax.set_facecolor("#f4f8fb")  # sea
    ax.set_xticks([])
    ax.set_yticks([])


def _room(point: tuple[float, float], labelled: list[tuple[float, float]], box: Box) -> bool:
    """Whether a label at `point` keeps clear of those already placed (the rest are named in the table below)."""
    x0, x1, y0, y1 = box
    dx, dy = (x1 - x0) * 0.06, (y1 - y0) * 0.03
    return all(abs(point[0] - x) > dx or abs(point[1] - y) > dy for x, y in labelled)


def _draw_outlines(ax: Axes, box: Box) -> None:
    """Land in light grey with country borders, under everything else (offline data: pipeline.report.outlines)."""
    # one collection each, not an artist per island: a tenth of the drawing time
    land = PolyCollection(outlines.within(outlines.land(), box), facecolors="#eeeeee", edgecolors="#b0b0b0",
                          linewidths=0.4, zorder=0)
    ax.add_collection(land, autolim=False)
    borders = LineCollection(outlines.within(outlines.borders(), box), colors="#c8c8c8", linewidths=0.4, zorder=0)
    ax.add_collection(borders, autolim=False)


def _extent(points: list[tuple[float, float]], pad: float = 3.0) -> Box:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad


def partner_map(lines: list[dict], relations: Sequence[str]) -> str:
    """Partner cities by longitude/latitude, with a line from each issuing municipality, coloured by relation.

    When partners lie far outside Europe, a second panel zooms in on Europe, where most of them crowd.
    """
    categories, palette = present(relations, {line["relation"] for line in lines})
    points = [p for line in lines for p in (line["home"], line["away"])]
    world = _extent(points)
    close = [p for p in points if _in_box(p, EUROPE)]
    fig = Figure(figsize=(WIDTH, 6.0))
    if len(close) == len(points) or not close:
        _draw_links(fig.subplots(), lines, palette, world, None)
    else:
        zoom = _extent(close, pad=1.5)
        overview, closeup = fig.subplots(1, 2, width_ratios=(1, 1.4))
        _draw_links(overview, lines, palette, world, zoom)
        _draw_links(closeup, lines, palette, zoom, None)
        overview.set_title("all partners", loc="left", fontsize=10)
        closeup.set_title("Europe, close up", loc="left", fontsize=10)
    municipality = Line2D([], [], color="black", marker="s", linestyle="", label="municipality")
    fig.legend(handles=[*_handles(categories, palette), municipality], loc="upper center", ncols=4, frameon=False)
    fig.tight_layout(rect=(0, 0, 1, 0.88))
    return data_uri(fig)


def since_timeline(rows: list[dict], relations: Sequence[str], until: int) -> str:
    """Each dated partnership as a dot at the year it began, oldest on top, up to `until` on the axis.

    No bar runs on to today: the documents state when a relation began, not that it still holds.
    """
    categories, palette = present(relations, {row["relation"] for row in rows})
    fig = Figure(figsize=(WIDTH, _height(len(rows))))
    ax = fig.subplots()
    positions = _rows(ax, [f"{r['municipality'] or r['doc_id']} – {r['city']}" for r in rows])
    for y, row in zip(positions, rows, strict=True):
        colour = palette[row["relation"]]
        ax.plot([row["since_year"]], [y], marker="o", color=colour)
        ax.annotate(
            str(row["since_year"]),
            (row["since_year"], y),
            xytext=(-4, 0),
            textcoords="offset points",
            ha="right",
            va="center",
            fontsize=7,
        )
    ax.set_xlim(min(r["since_year"] for r in rows) - 8, until + 1)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlabel("year the relation began (as stated; its end is not stated)")
    ax.legend(
        handles=_handles(categories, palette), loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=4, frameon=False
    )
    return data_uri(fig)

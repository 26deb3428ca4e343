"""models/votes/<lang>.json `news` compiled: the cues of pages that report a meeting's decisions (news.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class News:
    """models/votes/<lang>.json `news`, compiled."""

    meeting_dates: tuple[re.Pattern[str], ...]  # prose naming the meeting's day: groups day, month, year (optional)
    later: re.Pattern[str] | None  # a sentence about what comes later: it dates no meeting, decides nothing
    links: re.Pattern[str] | None  # a line linking another page ("Les også: ..."): its headline is no decision
    relative_days: re.Pattern[str] | None  # "heeft donderdagavond ingestemd": a report dated by its page
    headline_subjects: bool = False  # a paragraph's headline names the decision it reports first
    headline_over: re.Pattern[str] | None = None  # only over a subject read as a clause or fragment, where given
    headline_names_notings: bool = True  # a noting takes its headline too (`headline_over` permitting)
    capital_references: re.Pattern[str] | None = None  # full match: a bare reference a headline in capitals names
    paragraph_matters: re.Pattern[str] | None = None  # a paragraph's opening naming its matter: group `matter`
    paragraph_notings: bool = False  # a noting opening a news paragraph is its report, with or without a body
    noted_objects: tuple[re.Pattern[str], ...] = ()  # a noting sentence: group `object`, what was taken for information
    reporting_bodies: re.Pattern[str] | None = None  # the body with its article opening a sentence that reports
    unnumbered_reports: bool = False  # a page numbering no item reports as a news page does, without a stamp


def _one(patterns: list[str], expand: Callable[[str], str]) -> re.Pattern[str] | None:
    return re.compile("|".join(expand(p) for p in patterns), re.I | re.M) if patterns else None


def compile_news(rules: dict, expand: Callable[[str], str]) -> News:
    return News(
        meeting_dates=tuple(re.compile(expand(p), re.I) for p in rules["meeting_dates"]),
        later=_one(rules["later"], expand),
        links=_one(rules["links"], expand),
        relative_days=_one(rules.get("relative_days", []), expand),
        headline_subjects=rules.get("headline_subjects", False),
        headline_over=_one(rules.get("headline_over", []), expand),
        headline_names_notings=rules.get("headline_names_notings", True),
        capital_references=_one(rules.get("capital_headline_references", []), expand),
        paragraph_matters=_one(rules.get("paragraph_matters", []), expand),
        paragraph_notings=rules.get("paragraph_notings", False),
        noted_objects=tuple(re.compile(expand(p), re.I) for p in rules.get("noted_objects", [])),
        reporting_bodies=_one(rules.get("reporting_bodies", []), expand),
        unnumbered_reports=rules.get("unnumbered_reports", False),
    )

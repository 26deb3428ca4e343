"""Shared helper for the family tests: extract vote rows from a text written in one language."""

from __future__ import annotations

import json

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract


def votes(text: str, language: str) -> list[VoteRow]:
    return extract(document_from_text(text, language=language, municipality="Testby"))


def vote_cells(text: str, language: str) -> list[tuple]:
    """Per row: case number, subject, outcome, votes for and against, the parties against as a dict."""
    return [
        (
            r.case_number,
            r.subject,
            r.outcome,
            r.votes_for,
            r.votes_against,
            json.loads(r.against_parties) if r.against_parties else None,
        )
        for r in votes(text, language)
    ]


def outcomes(text: str, language: str) -> list[tuple[str, str | None]]:
    """Each row's outcome and subject: what a decision-shape test asserts."""
    return [(r.outcome, r.subject) for r in votes(text, language)]


# a meeting and case header per language, put before a case body in the proposal tests
CASE = {
    "da": "Byrådet\n\nMødedato: 27. januar 2020\n\n12. Budget 2021\n\n",
    "nb": "Bystyret\n\nMøtedato: 14.11.2023\n\nPS 41/23 Budsjett 2024\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 14.11.2023\n\nPS 41/23 Budsjett 2024\n\n",
    "nl": "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunt 7 Klimaatadaptatie\n\n",
}

# a news page's head per language (breadcrumb, title, lead naming the meeting, publication line), put before its
# headlined paragraphs in the news-page tests
NEWS = {
    "da": (
        "Testby Kommune  |  Nyheder  |  Politik\n\nNYT FRA BYRÅDET\nHer er de vigtigste beslutninger fra byrådsmødet "
        "torsdag den 24. september 2026.\nPubliceret 25. september 2026 af Kommunikation\n\n"
    ),
}

"""A Danish decision label with its body and date in parentheses ("Beslutning (Kommunalbestyrelsen 18.05.2026):")
opens that body's step, after a case history of other committees' steps: the decision below it is the deciding
body's, on its own date and item, not the last committee's of the history."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen - Beslutningsprotokol\nMødedato: 18.05.2026\n\n"
CASE = (
    "Pkt. 62  Revideret klimahandleplan 2026-2030\nSagsnr. 26/812\nHistorik\n"
    "Økonomiudvalget 11.05.2026, pkt. 77:\n  Anbefalet.\n"
)


@pytest.mark.parametrize(
    ("label", "body", "date"),
    [
        ("Beslutning (Kommunalbestyrelsen 18.05.2026):", "Kommunalbestyrelsen", "2026-05-18"),
        ("Beslutning (Byrådet, 18-05-2026):", "Byrådet", "2026-05-18"),
        ("Afgørelse (Kommunalbestyrelsen den 18. maj 2026):", "Kommunalbestyrelsen", "2026-05-18"),
        ("Beslutning (Kommunalbestyrelsen 18.05.2026, pkt. 62):", "Kommunalbestyrelsen", "2026-05-18"),
        ("Behandling (Byrådet d. 18.05.2026)", "Byrådet", "2026-05-18"),
    ],
)
def test_a_parenthesised_body_and_date_opens_the_deciding_bodys_step(label, body, date):
    rows = votes(HEAD + CASE + label + "\nGodkendt med 20 stemmer for. Imod stemte 1 (Ø).\n", "da")
    last = rows[-1]
    assert (last.body, str(last.meeting_date)[:10], last.votes_for) == (body, date, 20)
    assert [r.body for r in rows[:-1]] == ["Økonomiudvalget"]


@pytest.mark.parametrize(
    "line",
    [
        "Beslutning (se bilag 3):",
        "Beslutning (foreløbig):",
    ],
)
def test_a_parenthesised_remark_without_a_body_and_date_opens_no_step(line):
    rows = votes(HEAD + CASE + line + "\nGodkendt.\n", "da")
    assert all(r.body != "se bilag 3" and r.body != "foreløbig" for r in rows)

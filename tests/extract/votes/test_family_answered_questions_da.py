"""A Danish item whose decision field only says that a question was answered, in the passive ("Spørgsmålet blev
besvaret af borgmesteren.", "Henvendelsen er besvaret skriftligt.") records no decision, as the active form
("Borgmesteren besvarede spørgsmålet.") does not: an answer is no vote. Look-alikes: an answer followed by the
council's own decision keeps that decision, and a proposal adopted once a question was answered is adopted.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Byrådet\nMødedato: 29-09-2026\n\n"
    "Sag nr. 115   Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
    "Sag nr. 116   {title}\nBeslutning\n"
)


def _rows(title: str, decision: str) -> list[tuple[str | None, str | None, str]]:
    text = HEAD.format(title=title) + decision + "\n"
    return [(r.case_number, r.subject, r.outcome) for r in votes(text, "da")][1:]


@pytest.mark.parametrize(
    ("title", "answer"),
    [
        ("Spørgsmål fra Nanna Friis (Ø) om vinterberedskab", "Spørgsmålet blev besvaret af borgmesteren."),
        ("Spørgsmål fra V om skolebusser", "Spørgsmålene blev besvaret af formanden for Børne- og Skoleudvalget."),
        ("Spørgsmål fra borger om støj", "Spørgsmålet er besvaret skriftligt."),
        ("Henvendelse fra Grundejerforeningen Strandly", "Henvendelsen blev besvaret mundtligt på mødet."),
        ("Spørgsmål til borgmesteren", "Spørgsmålet blev herefter besvaret af borgmester Pia Holm (A)."),
        (
            "Interpellation fra Bo Ravn (O)",
            "Interpellationen blev besvaret af udvalgsformanden, og der var ingen\nyderligere bemærkninger.",
        ),
    ],
)
def test_a_question_answered_in_the_passive_records_no_decision(title, answer):
    assert _rows(title, answer) == []


def test_an_answer_followed_by_the_councils_decision_keeps_it():
    rows = _rows(
        "Spørgsmål om cykelstien",
        "Spørgsmålet blev besvaret af borgmesteren. Byrådet besluttede herefter at sende sagen tilbage til udvalget.",
    )
    assert [(c, o) for c, _, o in rows] == [("116", "postponed")]


def test_a_proposal_adopted_once_the_question_was_answered_is_adopted():
    rows = _rows("Forslag om ny hundeskov", "Forslaget blev godkendt, efter at spørgsmålet var besvaret.")
    assert [(c, o) for c, _, o in rows] == [("116", "adopted")]

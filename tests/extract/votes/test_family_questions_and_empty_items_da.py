"""A Danish item where a member only asks a question ("Kasper Juul (Ø) spurgte til ventetiderne. Forvaltningen
svarer skriftligt.") records no decision, as a briefing does not: it decides only by a sentence after it that
notes the matter or decides in its own words. An item whose decision field says there was nothing to tell
("Ingen meddelelser.") records none either, nor does one saying only that a question was answered, in the passive
("Spørgsmålet blev besvaret af borgmesteren.") as in the active. Look-alikes: a question or an answer followed by
the committee's decision or by a noting keeps that decision; a 'Meddelelser' item whose messages were noted is
noted.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Kultur- og Fritidsudvalget\nMødedato: 14-09-2026\n\n"
    "Sag nr. 8 - Godkendelse af dagsorden\nBeslutning i Kultur- og Fritidsudvalget den 14. september 2026:\n"
    "Godkendt.\n\nSag nr. 9 - {title}\nBeslutning i Kultur- og Fritidsudvalget den 14. september 2026:\n"
)


def _rows(title: str, decision: str) -> list[tuple[str | None, str | None, str]]:
    text = HEAD.format(title=title) + decision + "\n"
    return [(r.case_number, r.subject, r.outcome) for r in votes(text, "da")][1:]


@pytest.mark.parametrize(
    "question",
    [
        "Kasper Juul (Ø) spurgte til ventetiderne på hjælpemidler. Forvaltningen\nsvarer skriftligt.",
        "Mette Dal (V) spurgte om åbningstiderne i svømmehallen. Direktøren svarede.",
        "Formanden spurgte ind til status for kunstgræsbanen.",
        "Jens Bro (A) og Ulla Lind (F) spurgte efter tidsplanen for renoveringen.",
        "Ole Friis (O) spørger til parkeringen ved hallen. Svar udsendes med referatet.",
    ],
)
def test_a_members_question_records_no_decision(question):
    assert _rows("Eventuelt", question) == []


@pytest.mark.parametrize("empty", ["Ingen meddelelser.", "Ingen meddelelser fra formanden."])
def test_nothing_to_tell_records_no_decision(empty):
    assert _rows("Meddelelser", empty) == []


def test_a_question_followed_by_the_committees_decision_keeps_it():
    rows = _rows("Eventuelt", "Mette Dal (V) spurgte til cykelstien. Udvalget besluttede at sende sagen tilbage.")
    assert [(c, o) for c, _, o in rows] == [("9", "postponed")]


def test_a_question_followed_by_a_noting_is_noted():
    rows = _rows("Orientering om hallerne", "Mette Dal (V) spurgte til status. Taget til efterretning.")
    assert rows == [("9", "Orientering om hallerne", "noted")]


def test_messages_noted_are_noted():
    rows = _rows("Meddelelser", "Meddelelserne blev taget til efterretning.")
    assert [(c, o) for c, _, o in rows] == [("9", "noted")]


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


def test_an_answer_followed_by_the_committees_decision_keeps_it():
    rows = _rows(
        "Spørgsmål om cykelstien",
        "Spørgsmålet blev besvaret af formanden. Udvalget besluttede herefter at sende sagen tilbage.",
    )
    assert [(c, o) for c, _, o in rows] == [("9", "postponed")]


def test_a_proposal_adopted_once_the_question_was_answered_is_adopted():
    rows = _rows("Forslag om ny hundeskov", "Forslaget blev godkendt, efter at spørgsmålet var besvaret.")
    assert [(c, o) for c, _, o in rows] == [("9", "adopted")]

"""A committee's recommendation to a higher body written as a labelled block: "Samrøystes tilråding frå
hovudutvalet til kommunestyret:", "Formannskapets innstilling til bystyret (vedtatt mot 2 stemmer):",
"Enstemmig indstilling fra Økonomiudvalget til byrådet:", each over the recommended text.

In the committee's own minutes the block is its decision: one row for the committee, read as the same text under
a bare decision label would be, unanimous when the label says so, with the label's count. In the council's minutes
the same label quotes the committee's earlier step: no row of its own, and the council's own decision below it is
the one row.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

COMMITTEE = {
    "da": "Økonomiudvalget\n\nMødedato: 9. april 2025\n\n31. Anlægsbudget for skoler\n\n",
    "nb": "Utvalg: Formannskapet\nMøtedato: 02.10.2024\n\nPS 88/24 Kommunedelplan for idrett\n\n",
    "nn": "Utval: Hovudutval for plan og næring\nMøtedato: 21.05.2024\n\nPS 29/24 Reguleringsplan for Vikneset\n\n",
}
COUNCIL = {
    "da": "Byrådet\n\nMødedato: 23. april 2025\n\n58. Anlægsbudget for skoler\n\n",
    "nb": "Utvalg: Kommunestyret\nMøtedato: 17.10.2024\n\nPS 102/24 Kommunedelplan for idrett\n\n",
    "nn": "Utval: Kommunestyret\nMøtedato: 13.06.2024\n\nPS 44/24 Reguleringsplan for Vikneset\n\n",
}
TEXT = {
    "da": "Anlægsbudgettet godkendes.",
    "nb": "Kommunedelplanen vedtas slik den foreligger.",
    "nn": "Reguleringsplanen vert vedteken slik han ligg føre.",
}
DECISION_LABEL = {"da": "Beslutning:", "nb": "Vedtak:", "nn": "Vedtak:"}


def _rows(head: str, label: str, language: str) -> list[tuple]:
    rows = votes(f"{head}{label}\n{TEXT[language]}\n", language)
    return [(r.body, r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("language", "label", "vote"),
    [
        ("nn", "Samrøystes tilråding frå hovudutvalet til kommunestyret:", (True, None, 0)),
        ("nn", "Tilråding frå utvalet til kommunestyret (samrøystes):", (True, None, 0)),
        ("nn", "Hovudutvalet si tilråding til kommunestyret:", (None, None, None)),
        ("nn", "Hovudutvalet si tilråding til heradsstyret (vedteken med 5 mot 2 røyster):", (False, 5, 2)),
        ("nb", "Enstemmig innstilling fra formannskapet til kommunestyret:", (True, None, 0)),
        ("nb", "Formannskapets innstilling til bystyret (vedtatt mot 2 stemmer, FrP):", (False, None, 2)),
        ("nb", "Formannskapets innstilling til kommunestyret:", (None, None, None)),
        ("nb", "Enstemmig innstilling til kommunestyret:", (True, None, 0)),
        ("nb", "Formannskapets innstilling til kommunestyret (vedtatt med 7 mot 2 stemmer):", (False, 7, 2)),
        ("da", "Enstemmig indstilling fra Økonomiudvalget til Byrådet:", (True, None, 0)),
        ("da", "Økonomiudvalgets indstilling til byrådet (vedtaget med 7 mod 2 stemmer):", (False, 7, 2)),
        ("da", "Indstilling fra udvalget til byrådet:", (None, None, None)),
    ],
)
def test_a_recommendation_label_in_the_committees_own_minutes_is_its_decision(language, label, vote):
    as_decided = _rows(COMMITTEE[language], DECISION_LABEL[language], language)
    assert len(as_decided) == 1
    body, subject, outcome = as_decided[0][:3]
    assert _rows(COMMITTEE[language], label, language) == [(body, subject, outcome, *vote)]


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("nn", "Samrøystes tilråding frå hovudutvalet til kommunestyret:"),
        ("nn", "Hovudutvalet si tilråding til kommunestyret (vedteken med 5 mot 2 røyster):"),
        ("nb", "Enstemmig innstilling fra formannskapet til kommunestyret:"),
        ("nb", "Formannskapets innstilling til kommunestyret (vedtatt mot 2 stemmer):"),
        ("da", "Enstemmig indstilling fra Økonomiudvalget til byrådet:"),
        ("da", "Økonomiudvalgets indstilling til byrådet (vedtaget med 7 mod 2 stemmer):"),
        ("nb", "Enstemmig innstilling fra styret til kommunestyret:"),
        ("nn", "Tilråding frå styret til kommunestyret (samrøystes):"),
    ],
)
def test_a_committees_recommendation_quoted_in_the_councils_minutes_gives_no_row(language, label):
    assert _rows(COUNCIL[language], label, language) == []


@pytest.mark.parametrize(
    ("language", "label", "decision"),
    [
        ("nn", "Hovudutvalet si tilråding til kommunestyret (vedteken med 5 mot 2 røyster):", "Vedtak:\nSamrøystes."),
        ("nb", "Formannskapets innstilling til kommunestyret (vedtatt mot 2 stemmer):", "Vedtak:\nEnstemmig vedtatt."),
        ("da", "Økonomiudvalgets indstilling til byrådet (vedtaget med 7 mod 2 stemmer):", "Beslutning:\nEnstemmigt."),
    ],
)
def test_the_councils_own_decision_under_a_quoted_recommendation_is_the_one_row(language, label, decision):
    text = f"{COUNCIL[language]}{label}\n{TEXT[language]}\n\n{decision}\n"
    rows = votes(text, language)
    assert [(r.body, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in rows] == [
        (rows[0].body, "adopted", True, None, 0)
    ]
    assert rows[0].body.lower() in COUNCIL[language].lower()


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("nn", "Kommunedirektøren si tilråding til kommunestyret:"),
        ("nb", "Kommunedirektørens innstilling til formannskapet:"),
        ("da", "Direktionens indstilling til Økonomiudvalget:"),
    ],
)
def test_the_administrations_recommendation_alone_gives_no_row_in_committee_minutes(language, label):
    assert _rows(COMMITTEE[language], label, language) == []


@pytest.mark.parametrize(
    ("language", "label", "parties"),
    [
        ("nb", "Formannskapets innstilling til kommunestyret (vedtatt mot 2 stemmer, FrP):", {"FrP": 2}),
        ("nb", "Formannskapets innstilling til kommunestyret (vedtatt mot 3 stemmer fra FrP og H):", None),
        ("nn", "Hovudutvalet si tilråding til kommunestyret (vedteken mot 1 røyst, Sp):", {"Sp": 1}),
        ("da", "Økonomiudvalgets indstilling til byrådet (vedtaget med 7 mod 2 stemmer, Ø):", {"Ø": 2}),
        ("nb", "Formannskapets innstilling til kommunestyret (vedtatt mot 2 stemmer):", None),
    ],
)
def test_the_parties_after_a_labels_count_are_those_against(language, label, parties):
    rows = votes(f"{COMMITTEE[language]}{label}\n{TEXT[language]}\n", language)
    assert [json.loads(r.against_parties) if r.against_parties else None for r in rows] == [parties]

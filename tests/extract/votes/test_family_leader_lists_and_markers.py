"""Decision lists drawn with dot leaders, one item a line ("KS-003/26  Planstrategi ........ Vedteke 34-9"): each
line is its item's decision, the body's prefix no part of the case number, counts and unanimity read from the
decision; Danish case headers marked open or closed without a full stop ("1 (Åben) Godkendelse af dagsorden");
an inverted decision naming a committee's recommendation in the genitive ("Herefter blev Teknik- og
Miljøudvalgets indstilling godkendt med 14 stemmer for og 4 imod"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

LEADERS = [
    (
        "nn",
        "Kommunestyret\nTorsdag 12. februar 2026\n\n"
        "KS-001/26  Godkjenning av innkalling ........ Godkjent samrøystes\n"
        "KS-002/26  Kommunal planstrategi ........... Vedteke 30-9\n"
        "KS-003/26  Årsmelding for eldrerådet ....... Teke til vitande\n",
        [("001/26", "adopted", None, 0), ("002/26", "adopted", 30, 9), ("003/26", "noted", None, None)],
    ),
    (
        "nb",
        "Bystyret\nMøtedato: 14.11.2026\n\n"
        "PS 41/26  Budsjett 2027 ................ Vedtatt 35-14\n"
        "PS 42/26  Ny gravplass på Vik .......... Utsatt\n"
        "PS 43/26  Reglement for godtgjøring .... Vedtatt enstemmig\n",
        [("41/26", "adopted", 35, 14), ("42/26", "postponed", None, None), ("43/26", "adopted", None, 0)],
    ),
    (
        "da",
        "Byrådet\nMødedato: 24. marts 2026\n\n"
        "12  Lokalplan 88 for Bymidten ......... Godkendt\n"
        "13  Forslag fra Ø om gratis bus ....... Forkastet 5-24\n",
        [("12", "adopted", None, None), ("13", "rejected", 5, 24)],
    ),
    (
        "nl",
        "Gemeenteraad\nvergadering van dinsdag 9 april 2024\n\n"
        "4. Vaststellen agenda ................. Vastgesteld\n"
        "5. Nota Wonen 2026-2030 ............... Aangenomen 25-8\n",
        [("4", "adopted", None, None), ("5", "adopted", 25, 8)],
    ),
    (
        "nn",
        "Heradsstyret\nMøtedato: 12.03.2026\n\n"
        "HS-10/26  Planprogram for sentrum …… Vedteke\nHS-11/26  Sal av tomt …… Utsett\n",
        [("10/26", "adopted", None, None), ("11/26", "postponed", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LEADERS)
def test_each_line_of_a_dot_leader_decision_list_is_its_items_decision(language, text, expected):
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(text, language)] == expected


def test_one_dotted_line_alone_is_no_decision_list():
    text = "Bystyret\nMøtedato: 14.11.2026\n\nInnhold\nPS 41/26  Budsjett 2027 ................ 4\n"
    assert votes(text, "nb") == []


@pytest.mark.parametrize("marker", ["(Åben)", "(Åbent)", "(Lukket)"])
def test_a_case_header_marked_open_or_closed_without_a_full_stop(marker):
    head = "Kommunalbestyrelsen\nMødedato: 30. marts 2026\n\n"
    text = f"{head}1 {marker} Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    assert [(r.case_number, r.subject) for r in votes(text, "da")] == [("1", "Godkendelse af dagsorden")]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Herefter blev Teknik- og Miljøudvalgets indstilling godkendt med 14 stemmer for og 4 imod.",
            "Teknik- og Miljøudvalgets indstilling",
        ),
        ("Derefter blev Økonomiudvalgets indstilling godkendt med 20 stemmer mod 5.", "Økonomiudvalgets indstilling"),
        ("Herefter blev Børne- og Skoleudvalgets indstilling godkendt.", "Børne- og Skoleudvalgets indstilling"),
        ("Dermed blev Venstres ændringsforslag forkastet.", "Venstres ændringsforslag"),
        ("Herefter blev indstillingen godkendt med 14 stemmer for og 4 imod.", "Takster for parkering"),
    ],
)
def test_an_inverted_decision_names_a_genitive_recommendation(sentence, subject):
    text = f"Byrådet\nMødedato: 30. marts 2026\n\n3. Takster for parkering\n\n{sentence}\n"
    assert [r.subject for r in votes(text, "da")] == [subject]

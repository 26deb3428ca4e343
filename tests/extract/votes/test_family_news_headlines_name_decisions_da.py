"""A Danish news page about a council meeting ("Nyt fra byrådet") gives each decision a paragraph under a short
headline of its own ("Ny skole i Nordby" / "Byrådet godkendte en anlægsbevilling ..."): the headline is the short
name the page gives the decision its paragraph reports first. Look-alikes: a later decision in the same paragraph
(an amendment) keeps its own words; a paragraph under a sentence (the page's introduction) has no headline; minutes
(no news page) keep their case titles.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = (
    "Forside > Nyheder > Politik\n\nNyt fra byrådet\nPubliceret 3. marts 2026\n\n"
    "Byrådet holdt møde mandag den 2. marts 2026. Her er et udpluk af beslutningerne.\n\n"
)


def _rows(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(PAGE + "\n\n".join(paragraphs) + "\n", "da")]


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "Ny skole i Nordby\nByrådet godkendte enstemmigt en anlægsbevilling på 80 mio. kr. til en ny skole.",
            ("Ny skole i Nordby", "adopted"),
        ),
        (
            "Havnebadet må vente\nSagen om et havnebad ved Sydhavnen blev udsat til næste møde.",
            ("Havnebadet må vente", "postponed"),
        ),
        (
            "Nej til gratis bus\nEt forslag fra Enhedslisten om gratis bus for unge blev forkastet med 4 stemmer\n"
            "mod 21.",
            ("Nej til gratis bus", "rejected"),
        ),
        (
            "CYKELSTI LANGS ÅVEJ\nCykelstien langs Åvej fik en anlægsbevilling på 6,1 mio. kr. Punktet blev godkendt "
            "af et enigt byråd.",
            ("CYKELSTI LANGS ÅVEJ", "adopted"),  # a bare reference: named by its headline in capitals
        ),
        (
            "Status på klimaplanen\nByrådet tog status på klimaplanen til efterretning.",
            ("Status på klimaplanen", "noted"),
        ),
    ],
)
def test_a_headline_names_the_decision_its_paragraph_reports(paragraph, row):
    assert _rows(paragraph) == [row]


def test_a_later_decision_in_the_paragraph_keeps_its_own_words():
    rows = _rows(
        "Budget 2027 på plads\nByrådet vedtog budget 2027 med 19 stemmer mod 6. Et ændringsforslag fra SF om flere "
        "pædagoger blev forkastet med 5 stemmer for og 20 imod."
    )
    assert rows[0] == ("Budget 2027 på plads", "adopted")
    assert rows[1][1] == "rejected" and "ændringsforslag" in rows[1][0].lower()


def test_a_paragraph_under_a_sentence_has_no_headline():
    rows = _rows("Byrådet godkendte regnskabet for 2025 uden bemærkninger.")
    assert len(rows) == 1 and rows[0][0] and "regnskabet" in rows[0][0].lower()


def test_minutes_keep_their_case_titles():
    text = "Byrådet\nMødedato: 02-03-2026\n\n12. Ny skole i Nordby\nKort status\nBeslutning\nGodkendt.\n"
    assert [(r.subject, r.outcome) for r in votes(text, "da")] == [("Ny skole i Nordby", "adopted")]


def test_a_language_whose_pages_name_decisions_in_the_prose_keeps_the_prose():
    text = (
        "Forsiden > Nyheter\n\nKort oppsummert fra kommunestyret\nPublisert 3. mars 2026\n\n"
        "Kommunestyret hadde møte mandag 2. mars 2026.\n\n"
        "Ny skole i Nordby\nKommunestyret vedtok enstemmig å bygge en ny skole i Nordby.\n"
    )
    rows = [(r.subject, r.outcome) for r in votes(text, "nb")]
    assert len(rows) == 1 and rows[0][1] == "adopted" and rows[0][0] != "Ny skole i Nordby"

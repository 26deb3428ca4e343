"""An item title line is not run on into the text under it when that text opens with a word the document writes
in lower case elsewhere, capitalised as a sentence's first word, and a clause follows, even where a name or a
year comes second ("Raadslid Pieter Cosyns (Groen) vraagt ...", "In 2024 besloot de raad ..."); a title wrapped
onto a name or a capitalised word with no clause after it still runs on."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.text.normalise import normalise

# prose hard-wrapped at the width of the title lines, so that a full line runs on to the next
_WIDTH = 66
PROSE = (
    "De voorzitter opent de vergadering en verwelkomt de aanwezigen in de raadzaal van\n"
    "het gemeentehuis. Hij stelt vast dat het quorum bereikt is en dat de raadsleden\n"
    "de stukken tijdig hebben ontvangen; in de notulen wordt dat ook zo vermeld door de\n"
    "algemeen directeur, die ook de lijst van de aanwezige raadsleden en de schepen bijhoudt; elk\n"
    "raadslid kan de notulen inzien.\n"
)
PROSA_NB = (
    "Ordføreren åpnet møtet og ønsket velkommen til kommunestyret i rådhuset i dag, og\n"
    "det var ingen merknader til innkallingen eller til sakslisten for møtet; i kommunen\n"
    "er det vanlig at ordføreren også leser opp forfallene og at rådmannen er til stede i\n"
    "salen hele møtet, og at i fjor ble det samme gjort ved alle møtene i kommunestyret.\n"
)


def _wrapped(prose: str) -> str:
    return textwrap.fill(" ".join(prose.split()), _WIDTH) + "\n"


SPLIT = {
    "Flemish member": (
        PROSE,
        "4. Aankoop perceel voor uitbreiding begraafplaats Roborst",
        "Raadslid Pieter Cosyns (Groen) vraagt de verdaging van dit punt tot er",
    ),
    "Netherlands year": (
        PROSE,
        "Agendapunt 10 – Verordening op de heffing van precariobelasting 2026",
        "In 2024 besloot de raad om de precariobelasting voor terrassen te",
    ),
    "Flemish alderman": (
        PROSE + "Het antwoord wordt gegeven door de schepen van financiën.\n",
        "7. Wijziging van het belastingreglement op tweede verblijven Zwalm",
        "Schepen Van Damme licht het ontwerp toe en de raad gaat over tot de",
    ),
    "Netherlands date": (
        PROSE + "Op een vraag van de fractie antwoordt de wethouder op 3 juni.\n",
        "Agendapunt 6 – Subsidieregeling duurzame maatregelen Westwoud",
        "Op 12 maart 2026 heeft de commissie het voorstel besproken en zij",
    ),
    "Norwegian year": (
        PROSA_NB,
        "Sak 41/26 Revidert budsjett for skolene i Storfjord kommune 2026",
        "I 2025 vedtok kommunestyret en ramme for drift av skolene som nå",
    ),
}


JOINED = {
    "title wrapped onto a place": (
        PROSE,
        "4. Aankoop perceel voor uitbreiding van de begraafplaats van",
        "Roborst en Sint-Denijs",
    ),
    "Norwegian title wrapped onto a place": (
        PROSA_NB,
        "Sak 42/26 Reguleringsplan for det nye boligfeltet og havna ved",
        "Nordre Storfjord og Skibotn",
    ),
}


def _lines(prose: str, title: str, next_line: str) -> list[str]:
    text, _ = normalise([_wrapped(prose) + "\n" + title + "\n" + next_line + "\n"])
    return text.splitlines()


@pytest.mark.parametrize(("prose", "title", "opening"), SPLIT.values(), ids=SPLIT.keys())
def test_item_text_opening_with_a_name_or_a_year_stays_below_its_title(prose: str, title: str, opening: str) -> None:
    assert title in _lines(prose, title, opening)


@pytest.mark.parametrize(("prose", "title", "rest"), JOINED.values(), ids=JOINED.keys())
def test_a_title_wrapped_without_a_clause_after_it_still_runs_on(prose: str, title: str, rest: str) -> None:
    assert f"{title} {rest}" in _lines(prose, title, rest)

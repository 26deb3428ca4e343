"""A news summary may report a decision as the council agreeing to something: "Bystyret sluttet seg enstemmig til
X", "Kommunestyret slutta seg til X", "Formannskapet ga sin tilslutning til X", "Byrådet tilsluttede sig X",
"Byrådet gik ind for X", "De raad stemde in met X", "De raad ging akkoord met X". That is one adopted row whose
subject is X, unanimous when the clause says so (enstemmig, samrøystes, unaniem). A party or a person
agreeing, joining a party, a council that only would agree, or one that agreed in an earlier year decides
nothing. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NEWS = {"da": "Nyheder\n\n", "nb": "Nyheter\n\n", "nn": "Nyheiter\n\n", "nl": "Nieuws\n\n"}


def _rows(language: str, text: str) -> list[tuple[str | None, str, bool | None]]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(NEWS[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Bystyret sluttet seg enstemmig til formannskapets innstilling om ny barnehage.\n",
            ("formannskapets innstilling om ny barnehage", "adopted", True),
        ),
        (
            "nb",
            "Formannskapet ga sin tilslutning til avtalen med nabokommunen.\n",
            ("avtalen med nabokommunen", "adopted", None),
        ),
        (
            "nb",
            "Kommunestyret gikk torsdag inn for å bygge ny skole på Haugen.\n",
            ("å bygge ny skole på Haugen", "adopted", None),
        ),
        (
            "nb",
            "Bystyret har sluttet seg til planen for ny E6 gjennom byen.\n",
            ("planen for ny E6 gjennom byen", "adopted", None),
        ),
        (
            "nb",
            "Hovedutvalget for miljø sluttet seg i går til forslaget om flere ladepunkter.\n",
            ("forslaget om flere ladepunkter", "adopted", None),
        ),
        (
            "nn",
            "Kommunestyret slutta seg samrøystes til tilrådinga frå formannskapet.\n",
            ("tilrådinga frå formannskapet", "adopted", True),
        ),
        (
            "nn",
            "Heradsstyret gav si tilslutning til den nye kulturplanen.\n",
            ("den nye kulturplanen", "adopted", None),
        ),
        (
            "nn",
            "Formannskapet gjekk inn for å selje den gamle skulen.\n",
            ("å selje den gamle skulen", "adopted", None),
        ),
        (
            "nn",
            "Kommunestyret slutta seg i går til planen for ny veg over fjellet.\n",
            ("planen for ny veg over fjellet", "adopted", None),
        ),
        (
            "nn",
            "Kommunestyret har slutta seg til avtalen om felles brannvesen.\n",
            ("avtalen om felles brannvesen", "adopted", None),
        ),
        (
            "da",
            "Byrådet tilsluttede sig enstemmigt forslaget om en ny hal.\n",
            ("forslaget om en ny hal", "adopted", True),
        ),
        (
            "da",
            "Byrådet gik ind for at bygge en ny skole i Nørreby.\n",
            ("at bygge en ny skole i Nørreby", "adopted", None),
        ),
        (
            "da",
            "Kommunalbestyrelsen gav sin tilslutning til den nye affaldsplan.\n",
            ("den nye affaldsplan", "adopted", None),
        ),
        (
            "da",
            "Økonomiudvalget tilsluttede sig i går budgetforliget.\n",
            ("budgetforliget", "adopted", None),
        ),
        (
            "da",
            "Byrådet bakkede op om planen for en ny bydel ved havnen.\n",
            ("planen for en ny bydel ved havnen", "adopted", None),
        ),
        (
            "nl",
            "De raad stemde unaniem in met het voorstel om de markt te verplaatsen.\n",
            ("het voorstel om de markt te verplaatsen", "adopted", True),
        ),
        (
            "nl",
            "De gemeenteraad ging dinsdag akkoord met de verkoop van het oude stadhuis.\n",
            ("de verkoop van het oude stadhuis", "adopted", None),
        ),
        (
            "nl",
            "De raad ging akkoord met het nieuwe speelruimteplan.\n",
            ("het nieuwe speelruimteplan", "adopted", None),
        ),
        (
            "nl",
            "De gemeenteraad heeft ingestemd met de nieuwe woonvisie.\n",
            ("de nieuwe woonvisie", "adopted", None),
        ),
        (
            "nl",
            "De gemeenteraad van Testbeek stemde maandag in met het mobiliteitsplan.\n",
            ("het mobiliteitsplan", "adopted", None),
        ),
    ],
)
def test_a_council_agreeing_to_something_adopts_it(language, text, expected):
    assert _rows(language, text) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Høyre sluttet seg til kritikken av rådmannen.\n"),
        ("nb", "Bystyret ville slutte seg til forslaget dersom det ble endret.\n"),
        ("nb", "Per Hansen har sluttet seg til Arbeiderpartiet.\n"),
        ("nb", "SV gikk inn for å beholde skolen.\n"),
        ("nn", "Senterpartiet slutta seg til kritikken frå innbyggjarane.\n"),
        ("nn", "Kari Nes har slutta seg til Venstre.\n"),
        ("da", "Venstre gik ind for at sælge skolen.\n"),
        ("da", "Mette Hansen har tilsluttet sig Socialdemokratiet.\n"),
        ("nl", "De VVD stemde in met het voorstel.\n"),
        ("da", "Kommunen tilsluttede sig i 2012 Borgmesterpagten.\n"),
        ("nn", "Kommunestyret slutta seg i 2019 til hovudlinjene i planen.\n"),
        ("nb", "Bystyret sluttet seg i 2018 til Sunne kommuner.\n"),
        ("nl", "Wethouder Jansen stemde in met de kritiek van de bewoners.\n"),
        ("nl", "De raad zou instemmen met het plan als de kosten lager zijn.\n"),
    ],
)
def test_a_party_or_person_agreeing_decides_nothing(language, text):
    assert _rows(language, text) == []


def test_agreeing_to_this_is_about_the_sentence_before():
    text = "Kari Nes erklærte seg inhabil i saken. Kommunestyret sluttet seg enstemmig til dette.\n"
    rows = votes(text, "nb")
    assert [(r.subject, r.outcome, r.unanimous) for r in rows] == [
        ("Kari Nes erklærte seg inhabil i saken.", "adopted", True)
    ]

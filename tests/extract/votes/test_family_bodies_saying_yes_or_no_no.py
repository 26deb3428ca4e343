"""News pages tell a council's decision as its saying yes or no to something ("Kommunestyret sa ja til å byggje ny
barnehage", "Bystyret sa nei til forslaget om gratis parkering"): yes is adopted, no rejected, and what it said yes or
no to is the subject (a line break inside it, as pages wrap their prose, belongs to it). Someone else saying yes (the
mayor, residents, a club's board) is no decision of the council. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_PAGE = {
    "nb": "Aktuelt\n\nDette vedtok kommunestyret 12. mars\n\nPublisert 13.03.2026\n\n",
    "nn": "Aktuelt\n\nDette vedtok kommunestyret 12. mars\n\nPublisert 13.03.2026\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.outcome, r.subject, r.votes_for, r.votes_against) for r in votes(_PAGE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "row"),
    [
        (
            "nn",
            "Kommunestyret sa ja til å byggje ny barnehage på Myra, med plass til 60 born.\n",
            ("adopted", "å byggje ny barnehage på Myra, med plass til 60 born", None, None),
        ),
        (
            "nn",
            "Heradsstyret sa samrøystes ja til\nvenskapsavtale med Ockelbo i Sverige.\n",
            ("adopted", "venskapsavtale med Ockelbo i Sverige", None, 0),
        ),
        (
            "nn",
            "Formannskapet sa nei til framlegget om gratis ferje for pendlarar. Saka er dermed avslutta.\n",
            ("rejected", "framlegget om gratis ferje for pendlarar", None, None),
        ),
        (
            "nn",
            "Kommunestyret sa ja til ny reguleringsplan for sentrum med 15 mot 6 røyster.\n",
            ("adopted", "ny reguleringsplan for sentrum", 15, 6),
        ),
        (
            "nn",
            "Eldrerådet har sagt ja til at dagsenteret flyttar til Tunet.\n",
            ("adopted", "at dagsenteret flyttar til Tunet", None, None),
        ),
        (
            "nb",
            "Kommunestyret sa ja til å bygge ny idrettshall ved Vang skole, med en ramme på\n40 millioner kroner.\n",
            ("adopted", "å bygge ny idrettshall ved Vang skole, med en ramme på\n40 millioner kroner", None, None),
        ),
        (
            "nb",
            "Bystyret sa nei til forslaget om gratis parkering i sentrum med 20 mot 31 stemmer.\n",
            ("rejected", "forslaget om gratis parkering i sentrum", 20, 31),
        ),
        (
            "nb",
            "Formannskapet sier ja til at kommunen søker om medlemskap i Sunne kommuner.\n",
            ("adopted", "at kommunen søker om medlemskap i Sunne kommuner", None, None),
        ),
        (
            "nb",
            "Gjerstad får en ny vennskapskommune. Kommunestyret sa enstemmig ja til\nvennskapsavtale med Tuusula.\n",
            ("adopted", "vennskapsavtale med Tuusula", None, 0),
        ),
        (
            "nb",
            "Hovedutvalget sa nei til dispensasjon for naust på Holmen.\n",
            ("rejected", "dispensasjon for naust på Holmen", None, None),
        ),
    ],
)
def test_a_body_saying_yes_or_no_decides(language: str, body: str, row: tuple) -> None:
    rows = _rows(language, body)
    assert len(rows) == 1
    outcome, subject, votes_for, votes_against = rows[0]
    assert (outcome, " ".join(subject.split()), votes_for, votes_against) == (
        row[0],
        " ".join(row[1].split()),
        row[2],
        row[3],
    )


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nn", "Ordføraren sa ja til å leie arbeidet med den nye planen.\n"),
        ("nn", "Innbyggjarane sa nei til kommunesamanslåing i folkerøystinga i 2016.\n"),
        ("nn", "Styret i Myra IL sa ja til å ta over drifta av lysløypa.\n"),
        ("nb", "Statsforvalteren sa nei til planen for hyttefeltet.\n"),
        ("nb", "Ordføreren sier ja til å stille som kandidat igjen.\n"),
        ("nb", "Naboene sa ja til den nye gangbrua på et folkemøte.\n"),
    ],
)
def test_someone_else_saying_yes_or_no_is_no_decision(language: str, body: str) -> None:
    assert _rows(language, body) == []

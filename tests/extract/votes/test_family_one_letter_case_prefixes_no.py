"""Case headers whose body prefix is one letter glued to the case noun ("K-sak 10/26", "F-sak 7/25", "U-sak 3/26").

Norwegian møtebøker abbreviate the body to a single letter before "-sak" (kommunestyre-, formannskaps-,
utvalssak) as readily as to two or more ("KS-sak"): the header opens a case, numbers every decision in
it and splits the decisions at the next header. Look-alikes: a lone letter with no case noun ("K 10/26"),
a letter glued to a number ("A-10/26"), a sentence naming a case ("jf. K-sak 41/25").
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {"nb": "Kommunestyret\n\nMøtedato: 12.03.2026\n\n", "nn": "Kommunestyret\n\nMøtedato: 12.03.2026\n\n"}
DECISION = {
    "nb": ("Vedtak: Innstillingen vedtas.", "Vedtak: Saken utsettes."),
    "nn": ("Handsaming i møtet: Samrøystes godkjend.", "Vedtak: Saka vert utsett."),
}


def _numbers(language: str, first: str, second: str) -> list[tuple]:
    adopt, postpone = DECISION[language]
    text = f"{HEAD[language]}{first}\n{adopt}\n\n{second}\n{postpone}\n"
    return [(r.case_number, r.outcome, r.subject) for r in votes(text, language)]


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("nn", "K-sak 10/26  Godkjenning av innkalling og sakliste", "K-sak 11/26  Sal av grendahus"),
        ("nn", "F-sak 10/26 Gebyrregulativ 2027      Arkivsak 26/44", "F-sak 11/26 Sal av grendahus  Arkivsak 25/9"),
        ("nn", "U-sak 10/26: Skulebruksplan", "U-sak 11/26: Sal av grendahus"),
        ("nb", "K-sak 10/26 Salg av tomt på Nordhagen", "K-sak 11/26 Sal av grendahus"),
        ("nb", "F-Sak 10/26 – Ny brannstasjon", "F-Sak 11/26 – Sal av grendahus"),
        ("nb", "U-sak 10/26 Trafikksikkerhetsplan 2027-2030", "U-sak 11/26 Sal av grendahus"),
    ],
)
def test_a_one_letter_case_prefix_opens_a_case(language, first, second):
    rows = _numbers(language, first, second)
    assert [(number, outcome) for number, outcome, _ in rows] == [("10/26", "adopted"), ("11/26", "postponed")]
    assert rows[1][2] == "Sal av grendahus"


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nn", "K 12/26 vart nemnd i ordskiftet"),  # a lone letter, no case noun
        ("nb", "A-12/26 Innspill fra Venstre"),  # a letter glued to the number
        ("nn", "jf. K-sak 41/25 om sal av bygningar"),  # a sentence naming another case
    ],
)
def test_a_letter_before_a_number_that_is_no_header_keeps_the_case_above(language, line):
    adopt, _ = DECISION[language]
    rows = votes(f"{HEAD[language]}K-sak 10/26 Budsjett 2027\n{line}\n{adopt}\n", language)
    assert [r.case_number for r in rows] == ["10/26"]

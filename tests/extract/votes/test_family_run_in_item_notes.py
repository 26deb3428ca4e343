"""Notes under a decision list, each run into the number of the item it is about ("KS-004/26: Framlegg frå ...",
"Ad 5. Het amendement ...", "Punkt 7: Forslaget fra ..."): the note opens that item's case, so its decisions
are that item's (a note only explaining a decided row adds no row), and a number no list named opens nothing.
Decision lists written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASES = [
    (
        "nn",
        "Kommunestyret\nTorsdag 12. februar 2026\n\n"
        "KS-010/26  Skulebruksplan ........ Sjå merknad\nKS-011/26  Årsmelding ........ Teke til vitande\n\n"
        "Merknader:\nKS-010/26: Framlegg frå Kari Vik (Sp) om å halde på skulen fall med 10 mot 25 røyster.\n",
        ["010/26", "011/26"],
    ),
    (
        "nb",
        "Bystyret\nMøtedato: 12.02.2026\n\n"
        "Sak 20/26  Skolebruksplan ........ Se merknad\nSak 21/26  Årsmelding ........ Tatt til orientering\n\n"
        "Merknader:\nSak 20/26: Bystyret vedtok planen med 30 mot 9 stemmer.\n",
        ["20/26", "21/26"],
    ),
    (
        "nl",
        "Gemeenteraad\nvergadering van donderdag 23 april 2026\n\n"
        "| Agendapunt | Onderwerp | Besluit |\n|---|---|---|\n"
        "| 5 | Woningbouwprogramma | zie toelichting |\n"
        "| 6 | Nota Sport | aangenomen |\n\nToelichting\n"
        "Ad 5. Het voorstel werd aangenomen met 20 stemmen voor en 7 tegen.\n",
        ["5", "6"],
    ),
    (
        "da",
        "Byrådet\nMødedato: 24. marts 2026\n\n"
        "| Nr. | Sag | Beslutning |\n|---|---|---|\n| 31 | Budget 2027 | Se nedenfor |\n"
        "| 32 | Lokalplan 88 | Godkendt |\n\n"
        "Punkt 31: Budgettet blev vedtaget med 17 stemmer mod 8.\n",
        ["31", "32"],
    ),
    (
        "nl",
        "Gemeenteraad\nvergadering van donderdag 23 april 2026\n\n"
        "| Agendapunt | Onderwerp | Besluit |\n|---|---|---|\n| 5 | Woningbouwprogramma | aangenomen |\n\n"
        "Toelichting\nAd 5. Na de verwerping van het amendement stemde de raad in met het voorstel.\n",
        ["5"],
    ),
]


@pytest.mark.parametrize(("language", "text", "cases"), CASES)
def test_a_note_run_into_a_listed_items_number_is_that_items(language, text, cases):
    assert sorted(r.case_number for r in votes(text, language)) == cases


def test_a_number_no_list_named_opens_no_case():
    text = (
        "Bystyret\nMøtedato: 12.02.2026\n\nSak 20/26  Skolebruksplan ........ Vedtatt\n"
        "Sak 21/26  Årsmelding ........ Tatt til orientering\n\n12: Dette er en fotnote uten vedtak.\n"
    )
    assert sorted(r.case_number for r in votes(text, "nb")) == ["20/26", "21/26"]

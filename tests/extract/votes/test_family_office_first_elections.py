"""Elections and appointments written with the office first, as the decision of their item.

"Som nytt medlem vart X (Ap) vald for resten av perioden. Samrøystes.", "Som ny leder ble X valgt.",
"Til næstformand valgtes X (Ø).", "Tot lid wordt benoemd: mevrouw X.", "Als lid wordt aangesteld: X":
adopted, about the item's title, as test_family_elections_and_briefings has it for the name-first order
(and test_family_flemish_appointments for the Dutch passive). Look-alikes: a past or planned election told
in a Dutch item's text ("Als voorzitter werd in 2019 gekozen ...") is no decision; a postponed election
("Valget av ny leder utsettes") is postponed.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

ITEM = {
    "da": ("Byrådet\n\nMødedato: 24. marts 2026\n\n21. Valg af formand for Ældrerådet\n\n", "Beslutning:\n"),
    "nb": ("Bystyret\n\nMøtedato: 12.03.2026\n\nPS 41/26 Valg av ny leder i eldrerådet\n\n", "Vedtak:\n"),
    "nn": ("Kommunestyret\n\nMøtedato: 12.03.2026\n\nPS 41/26 Val av nytt medlem til kontrollutvalet\n\n", "Vedtak:\n"),
    "nl": (
        "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunt 5 Benoeming lid rekenkamercommissie\n\n",
        "",
    ),
}
TITLE = {
    "da": "Valg af formand for Ældrerådet",
    "nb": "Valg av ny leder i eldrerådet",
    "nn": "Val av nytt medlem til kontrollutvalet",
    "nl": "Benoeming lid rekenkamercommissie",
}


def _rows(language: str, decision: str) -> list[tuple]:
    head, label = ITEM[language]
    return outcomes(f"{head}{label}{decision}\n", language)


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nn", "Som nytt medlem vart Kari Li (Ap) vald for resten av perioden. Samrøystes."),
        ("nn", "Som ny leiar vart Ola Nes (Sp) vald."),
        ("nn", "Til nestleiar vart Guro Vik (H) samrøystes vald."),
        ("nn", "Kommunestyret valde Per Dale (KrF) som nytt medlem."),
        ("nn", "Som varamedlem for resten av perioden vart vald: Siri Moe (SV)."),
        ("nb", "Som ny leder ble Per Hansen (H) valgt."),
        ("nb", "Som nytt medlem for resten av perioden ble Kari Lie (Ap) valgt. Enstemmig."),
        ("nb", "Til nestleder ble valgt Ola Berg (FrP)."),
        ("nb", "Bystyret valgte Anne Dahl (V) som ny leder."),
        ("nb", "Som varamedlem ble valgt: Nils Fet (Sp)."),
        ("da", "Jens Hansen (V) blev valgt som formand."),
        ("da", "Som ny formand blev Anne Bak (A) valgt."),
        ("da", "Til næstformand valgtes Karl Ravn (Ø)."),
        ("da", "Byrådet valgte Mette Nør (C) som formand."),
        ("da", "Som formand blev valgt: Lise Kvist (F)."),
        ("nl", "Tot lid wordt benoemd: mevrouw J. de Vries."),
        ("nl", "Tot lid van de rekenkamercommissie wordt benoemd de heer P. Smit."),
        ("nl", "Als lid wordt aangesteld: mevrouw A. Bakker."),
        ("nl", "Tot voorzitter wordt gekozen de heer K. Visser."),
        ("nl", "Tot plaatsvervangend griffier wordt benoemd: Jan de Boer (CDA)."),
        ("nl", "Tot wethouder is met 23 stemmen benoemd de heer P. de Wit."),
    ],
)
def test_an_office_first_election_is_adopted_about_the_items_title(language, decision):
    assert _rows(language, decision) == [("adopted", TITLE[language])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Als voorzitter werd in 2019 gekozen de heer K. Visser.",
        "Tot lid wordt benoemd de kandidaat die het presidium voordraagt.",
        "Als lid wordt aangesteld wie de meeste stemmen krijgt.",
    ],
)
def test_an_election_told_or_planned_in_an_items_text_is_no_decision(sentence):
    assert _rows("nl", sentence) == []


def test_a_postponed_election_is_postponed():
    assert _rows("nb", "Valget av ny leder utsettes til neste møte.") == [("postponed", TITLE["nb"])]

"""A membership that a body only asked to have assessed ('ba om ei vurdering av medlemskap i X', 'en vurdering af
medlemskab af X') or that a motion asks about ('een motie vraagt of de gemeente, zoals Y, lid wil worden van X') is no
membership: the assessment noun is a consideration like the verb 'vurdere', and a decision word that a question follows
decides nothing. A joining after the assessment, a membership stated before it, or a decision to join stays one."""

from __future__ import annotations

import pytest

from .helpers import networks

ASSESSED = [
    (
        "nn",
        "Tinn",
        "Formannskapet ba om ei vurdering av medlemskap i Cittaslow, men saka er ikkje avgjort.",
    ),
    ("nb", "Lom", "Formannskapet ba om en vurdering av medlemskap i Cittaslow. Det er ikke fattet noe vedtak."),
    ("da", "Odder", "Byrådet har bedt om en vurdering af medlemskab af Cittaslow. Der er ikke truffet beslutning."),
    ("nl", "Zwolle", "Een motie vraagt of de gemeente, zoals Deventer, lid wil worden van Cittaslow."),
    (
        "nl",
        "Kampen",
        "De motie van GroenLinks vraagt of Kampen, net als buurgemeente Zwolle, lid wil worden van Eurocities.",
    ),
]

HELD = [
    ("nn", "Tinn", "Etter ei vurdering av medlemskap vart Tinn med i Cittaslow i 2019.", {"Cittaslow"}),
    ("nb", "Lom", "Etter en vurdering ble kommunen medlem av Cittaslow i 2020.", {"Cittaslow"}),
    ("da", "Skive", "Skive blev medlem af Cittaslow efter en vurdering i foråret.", {"Cittaslow"}),
    ("nb", "Lom", "Lom er medlem av Cittaslow; en vurdering av nytten kommer i 2027.", {"Cittaslow"}),
    ("da", "Odder", "Odder Kommune er medlem af Cittaslow. En vurdering af medlemskabet kommer i 2027.", {"Cittaslow"}),
    ("nl", "Zwolle", "De gemeenteraad heeft besloten dat Zwolle lid wordt van Cittaslow.", {"Cittaslow"}),
    ("nl", "Zwolle", "De raad besloot in 2024 om lid te worden van Cittaslow.", {"Cittaslow"}),
    (
        "nn",
        "Tinn",
        "Tinn vart med i Cittaslow i 2018. No ønskjer formannskapet ei vurdering av medlemskap i Eurocities.",
        {"Cittaslow"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text"), ASSESSED)
def test_a_membership_only_assessed_or_asked_about_is_none(language, town, text):
    assert networks(text, language, town) == set()


@pytest.mark.parametrize(("language", "town", "text", "expected"), HELD)
def test_a_membership_held_or_decided_beside_an_assessment_stays(language, town, text, expected):
    assert networks(text, language, town) == expected

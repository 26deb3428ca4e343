"""A joining weighed after the network's bracketed other name ('Medlemskab af Borgmesterpagten (Covenant of Mayors)
bliver vurderet af byrådet', 'Toetreding tot het Burgemeestersconvenant (Covenant of Mayors) wordt onderzocht')
is only considered: the clause after the name goes on after the bracket. A membership only talked about ('In 2025
sprak de raad over aansluiting bij X', 'Udvalget talte om et medlemskab af X') is none either. A stated membership
with a bracketed name or remark stays."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

CONSIDERED = [
    ("da", "Faxe", "Medlemskab af Borgmesterpagten (Covenant of Mayors) bliver vurderet af byrådet i 2028."),
    ("nb", "Hurdal", "Et medlemskap i Borgermesteravtalen (Covenant of Mayors) vurderes i 2027."),
    ("nn", "Ulvik", "Innmelding i Borgarmeisteravtalen (Covenant of Mayors) vert vurdert neste år."),
    ("nl", "Vaals", "Toetreding tot het Burgemeestersconvenant (Covenant of Mayors) wordt in 2027 onderzocht."),
    ("nl", "Vaals", "In 2025 sprak de raad over aansluiting bij Eurocities; Vaals vond dat netwerk te groot."),
    ("da", "Faxe", "Økonomiudvalget talte sidste år om et medlemskab af Eurocities, men fandt det for stort."),
    ("nb", "Hurdal", "Formannskapet snakket i fjor om medlemskap i Cittaslow, men saken ble ikke fremmet."),
]

HELD = [
    (
        "da",
        "Faxe",
        "Faxe er med i Covenant of Mayors (Borgmesterpagten), som byrådet skrev under på i 2021.",
        {"Covenant of Mayors"},
    ),
    (
        "nl",
        "Vaals",
        "Vaals is lid van het Burgemeestersconvenant (Covenant of Mayors) en ondertekende het in 2019.",
        {"Covenant of Mayors"},
    ),
    ("nb", "Hurdal", "Hurdal er medlem av Cittaslow (siden 2018) og vurderer nå flere nettverk.", {"Cittaslow"}),
    (  # the ending verb after the bracket is the project's: the programme stays, as ended projects do
        "nn",
        "Hjartdal",
        "Samarbeidet «Fjellbuss» i\nInterreg Sverige-Norge (Nordens grøne belte) vart avslutta i oktober 2025. "
        "Partnarane kom frå Åre og Östersund.",
        {"Interreg"},
    ),
    (
        "nb",
        "Vega",
        "Prosjektet «Kystlys» under Interreg Nordsjøprogrammet (North Sea) ble avsluttet i 2025, og Vega var partner.",
        {"Interreg"},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text"), CONSIDERED)
def test_a_joining_weighed_or_talked_about_holds_no_network(language, issuer, text):
    assert networks(text, language, issuer) == set()


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), HELD)
def test_a_stated_membership_beside_a_bracket_stays(language, issuer, text, expected):
    assert networks(text, language, issuer) == expected

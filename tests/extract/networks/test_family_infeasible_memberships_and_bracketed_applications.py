"""Two shapes of a body not taken part in. A membership noun opening the clause before the name, its predicate last
saying the membership is not feasible or not relevant ('Lidmaatschap van Eurocities is voor een gemeente van onze
omvang niet haalbaar', 'Medlemskab af ICLEI er ikke aktuelt'): refused, no row; a membership that merely brings
something ('Medlemskabet af Energy Cities giver os adgang ...') is held. And a programme in a project's bracket whose
remark only reports an application ('SchoolBridge (Erasmus+, aanvraag ingediend in maart 2026)'): asked for, not yet
taken part in; a bracket that dates the project ('(Erasmus+, 2025-2026)') is taken part in. Texts written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

REFUSED = [
    ("nl", "Bladel", "Lidmaatschap van Eurocities is voor een gemeente van onze omvang niet\nhaalbaar; we volgen het "
     "netwerk via de provincie.\n", "Eurocities"),
    ("nl", "Oss", "Het lidmaatschap van Energy Cities is gezien de kosten niet realistisch.", "Energy Cities"),
    ("nl", "Heerde", "Een lidmaatschap van ICLEI vindt het college op dit moment niet wenselijk.", "ICLEI"),
    ("da", "Ringsted", "Medlemskab af ICLEI er for en kommune af vores størrelse ikke aktuelt.", "ICLEI"),
    ("da", "Faxe", "Et medlemskab af Eurocities er i denne periode fravalgt af økonomiske grunde.", "Eurocities"),
    ("nb", "Vestby", "Medlemskap i Eurocities er for en kommune av vår størrelse ikke realistisk.", "Eurocities"),
    ("nb", "Frogn", "Medlemskap i Energy Cities ble valgt bort i budsjettet for 2026.", "Energy Cities"),
    ("nn", "Volda", "Medlemskap i Eurocities er for ein kommune av vår storleik ikkje aktuelt.", "Eurocities"),
    ("nn", "Stryn", "Medlemskap i ICLEI er ikkje prioritert i denne planperioden.", "ICLEI"),
]

HELD_MEMBERSHIPS = [
    ("da", "Ringsted", "Medlemskabet af Energy Cities giver kommunen adgang til viden om varmeplanlægning.",
     "Energy Cities"),
    ("nl", "Oss", "Het lidmaatschap van Eurocities levert de gemeente veel kennis op.", "Eurocities"),
    ("nb", "Frogn", "Medlemskapet i ICLEI har gitt kommunen tilgang til et europeisk nettverk.", "ICLEI"),
    ("nn", "Volda", "Medlemskapet i Eurocities har gjeve kommunen nye partnarar.", "Eurocities"),
]

APPLIED = [
    ("nl", "Oude IJsselstreek", "Europese projecten\n3. SchoolBridge (Erasmus+, aanvraag ingediend in maart 2026)\n"
     "   Uitwisseling tussen basisscholen in Gendringen en Rees.\n", "Erasmus+"),
    ("nl", "Heerde", "Europese projecten\n- Groene Oevers (LIFE, aanvraag in voorbereiding)\n  Herstel van de "
     "IJsseloevers.\n", "LIFE"),
    ("da", "Faxe", "EU-projekter\n- Kystliv (LIFE, ansøgning indsendt i 2026)\n  Klimatilpasning af kysten.\n",
     "LIFE"),
    ("nb", "Frogn", "EU-prosjekter\n- Fjordliv (Erasmus+, søknad sendt i mars 2026)\n  Utveksling mellom skoler.\n",
     "Erasmus+"),
    ("nn", "Stryn", "EU-prosjekt\n- Breliv (Erasmus+, søknad send i 2026)\n  Utveksling mellom skular.\n",
     "Erasmus+"),
]

DATED = [
    ("nl", "Heerde", "Europese projecten\n- Groene Oevers (LIFE, 2024-2027)\n  De gemeente herstelt samen met het "
     "waterschap de IJsseloevers.\n", "LIFE"),
    ("da", "Faxe", "EU-projekter\n- Kystliv (Erasmus+, 2025-2026)\n  Kommunens skoler udveksler elever med skoler i "
     "Kiel.\n", "Erasmus+"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), REFUSED)
def test_a_membership_said_to_be_not_feasible_gives_no_row(language: str, town: str, text: str, network: str) -> None:
    assert network not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), HELD_MEMBERSHIPS)
def test_a_membership_that_brings_something_is_a_row(language: str, town: str, text: str, network: str) -> None:
    assert network in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), APPLIED)
def test_a_programme_whose_bracket_only_reports_an_application_gives_no_row(
    language: str, town: str, text: str, network: str
) -> None:
    assert network not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), DATED)
def test_a_programme_in_a_dated_project_bracket_is_a_row(language: str, town: str, text: str, network: str) -> None:
    assert network in networks(text, language, town)

"""The issuer's own membership arranged through another body ("Sunnfjord er medlem av X gjennom
fylkeskommunen si ordning") is a row: the route after the name says how, not who. Taking part through
another body without a membership of one's own ("neemt deel aan X via de provincie") stays no row.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

OWN = [
    ("nn", "Sunnfjord", "Sunnfjord er medlem av ICLEI gjennom fylkeskommunen si ordning for kommunane.", "ICLEI"),
    ("nn", "Sunnfjord", "Kommunen er medlem av Eurocities via ein avtale med fylket.", "Eurocities"),
    ("nn", "Sunnfjord", "Vi er medlem av Energy Cities gjennom ei felles ordning i regionen.", "Energy Cities"),
    ("nb", "Lier", "Lier kommune er medlem av ICLEI gjennom fylkeskommunens avtale.", "ICLEI"),
    ("nb", "Lier", "Kommunen er medlem av Eurocities via en rammeavtale med fylket.", "Eurocities"),
    ("nb", "Lier", "Vi er medlem av Energy Cities gjennom regionens felles ordning.", "Energy Cities"),
    ("da", "Skive", "Skive Kommune er medlem af ICLEI gennem regionens fælles ordning.", "ICLEI"),
    ("da", "Skive", "Kommunen er medlem af Eurocities via en aftale med regionen.", "Eurocities"),
    ("da", "Skive", "Vi er medlem af Energy Cities gennem en fælles ordning i KKR.", "Energy Cities"),
    ("nl", "Roermond", "Roermond is lid van ICLEI via een regeling van de provincie.", "ICLEI"),
    ("nl", "Roermond", "De gemeente is lid van Eurocities via een afspraak met de regio.", "Eurocities"),
    ("nl", "Roermond", "Wij zijn lid van Energy Cities via een gezamenlijke regeling in de regio.", "Energy Cities"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), OWN)
def test_an_own_membership_arranged_through_another_body_is_a_row(language, town, text, network):
    assert networks(text, language, town) == {network}


THROUGH = [
    ("nl", "Roermond", "De gemeente neemt deel aan Eurocities via de Provincie Limburg."),
    ("nb", "Lier", "Kommunen deltar i Eurocities gjennom fylkeskommunen."),
    ("da", "Skive", "Kommunen deltager i Eurocities gennem regionen."),
    ("nn", "Sunnfjord", "Kommunen deltek i Eurocities gjennom fylkeskommunen."),
]


@pytest.mark.parametrize(("language", "town", "text"), THROUGH)
def test_taking_part_through_another_body_without_an_own_membership_is_no_row(language, town, text):
    assert networks(text, language, town) == set()


PROJECT_ROUTES = [
    ("nn", "Stad", "Stad kommune deltek i Erasmus+ gjennom skuleprosjektet «Fjord Schools» (2025-2027).", "Erasmus+"),
    ("nn", "Stad", "Kommunen deltek i Interreg gjennom klimaprosjektet «Grøne fjordar».", "Interreg"),
    ("nn", "Stad", "Vi er med i Erasmus+ gjennom ungdomsprosjektet «Ung i Europa».", "Erasmus+"),
    ("nb", "Lier", "Kommunen deltar i Erasmus+ gjennom skoleprosjektet «Nordic Classrooms».", "Erasmus+"),
    ("nb", "Lier", "Lier deltar i Interreg gjennom klimaprosjektet «Blue Coast».", "Interreg"),
    ("nb", "Lier", "Vi er med i Erasmus+ via ungdomsprosjektet «Young Europe».", "Erasmus+"),
    ("da", "Skive", "Kommunen deltager i Erasmus+ gennem skoleprojektet «Nordic Schools».", "Erasmus+"),
    ("da", "Skive", "Skive deltager i Interreg gennem klimaprojektet «Blå Fjord».", "Interreg"),
    ("da", "Skive", "Vi er med i Erasmus+ via ungdomsprojektet «Unge i Europa».", "Erasmus+"),
    ("nl", "Ede", "De gemeente neemt deel aan Erasmus+ via het schoolproject 'Open Klassen'.", "Erasmus+"),
    ("nl", "Ede", "Ede doet mee aan Interreg via het klimaatproject 'Blauwe Delta'.", "Interreg"),
    ("nl", "Ede", "Wij nemen deel aan Erasmus+ via het jongerenproject 'Jong Europa'.", "Erasmus+"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), PROJECT_ROUTES)
def test_taking_part_through_an_own_project_is_a_row(language, town, text, network):
    assert networks(text, language, town) == {network}

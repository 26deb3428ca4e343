"""The issuer's own school taking part in an EU programme's named or described project is the issuer's part in the
programme ('Ungdomsskolen er partner i Erasmus+-projektet ...', 'Via het Erasmus+-project ... werkt basisschool De
Klimboom ...'), unless the text gives the part to someone else: the issuer's role denied in the same or the next
sentence ('De gemeente is daarbij geen partner', 'de stad is zelf geen aanvrager of partner'), or the school itself
named the applicant ('men skolerne er selv ansøgere'). A company, club or museum stays another actor, and a school in
a city network's sentence is no membership of the issuer. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    ("da", "Hedensted", "Løsning Skole deltager i Erasmus+-projektet \"Klima uden grænser\" med skoler i Kiel."),
    ("da", "Favrskov", "EU-projekter\nUngdomsskolen er partner i et Erasmus+ udvekslingsprojekt om\nbæredygtig "
     "mad sammen med en skole i Gdańsk.\n"),
    ("da", "Lejre", "Gennem Erasmus+ har kulturskolen siden 2024 samarbejdet med en musikskole i Riga."),
    ("nb", "Ås", "Gjennom Erasmus+ har Nordby skole samarbeidet med skoler i Lund og Turku i\nprosjektet «Grønne "
     "klasserom» siden 2025.\n"),
    ("nb", "Sola", "Sola ungdomsskole er partner i Erasmus+-prosjektet «Havet og oss» (2025–2027)."),
    ("nb", "Nesodden", "Kulturskolen deltar i et Erasmus+-prosjekt med musikkskoler i Polen og Latvia."),
    ("nn", "Ørsta", "Ørsta ungdomsskule er partnar i Erasmus+-prosjektet «Fjell og fjord» saman med ein skule i "
     "Bergamo."),
    ("nn", "Sogndal", "Gjennom Erasmus+ samarbeider Kaupanger skule med skular i Tartu om klima."),
    ("nl", "Asten", "Via het Erasmus+-project \"Groene Klas\" werkt basisschool De Klimboom sinds 2024 samen\nmet een "
     "school in Polen.\n"),
    ("nl", "Geel", "De gemeentelijke basisschool neemt deel aan het Erasmus+-project \"Buiten Leren\" met scholen "
     "in Gent en Lille."),
    ("nl", "Boxtel", "Openbare basisschool De Linde is partner in het Erasmus+-project \"Samen Lezen\" met een "
     "school in Leuven."),
]

LEAD_ROLE_DENIED = [
    ("nl", "Roosendaal", "- Roosendaal neemt deel aan het URBACT-netwerk Living Station "
     "Areas, samen met\n  Tartu en Pécs. "
     "De gemeente is partner, niet de leadpartner.\n", "URBACT"),
    ("da", "Lejre", "Lejre deltager i Interreg-projektet «Kystliv» med Kiel. Kommunen er partner, ikke leadpartner.",
     "Interreg"),
    ("nb", "Ås", "Ås deltar i Erasmus+-prosjektet «Grønne klasserom». Kommunen er partner, ikke prosjekteier.",
     "Erasmus+"),
    ("nn", "Sogndal", "Sogndal deltek i Erasmus+-prosjektet «Fjordskule». Kommunen er partnar, ikkje prosjekteigar.",
     "Erasmus+"),
]

NOT_HELD = [
    # the issuer's role denied in the same or the next sentence
    ("nl", "Zandvoort", "Het Wim Gertenbach College neemt deel aan Erasmus+ met een school in\nBergen. De gemeente "
     "is daarbij geen partner.\n"),
    ("nl", "Peer", "• Erasmus+ – de scholen van Peer wisselen leerlingen uit met scholen in Polen; de stad\n  is zelf "
     "geen aanvrager of partner.\n"),
    ("nl", "Geel", "De gemeentelijke basisschool neemt deel aan Erasmus+ met een school in Gent. Wij zijn geen "
     "partner in dat project."),
    ("da", "Lejre", "Kulturskolen deltager i et Erasmus+-projekt med en skole i Riga. Kommunen er ikke selv partner "
     "i projektet."),
    ("da", "Favrskov", "Ungdomsskolen deltager i Erasmus+, men kommunen er ikke ansøger."),
    ("nb", "Senja", "Silsand skole har et partnerskap i Erasmus+ med en skole i Tórshavn.\nKommunen er ikke selv "
     "partner i dette prosjektet.\n"),
    ("nn", "Sogndal", "Kaupanger skule er med i Erasmus+. Kommunen er ikkje partnar i prosjektet."),
    # the school itself is the applicant
    ("da", "Viborg", "Via Erasmus+ har tre af kommunens skoler deltaget i elevudvekslinger i 2024,\nmen skolerne er "
     "selv ansøgere.\n"),
    ("nb", "Ås", "Gjennom Erasmus+ har to skoler deltatt i utveksling, men skolene er selv søkere."),
    ("nl", "Boxtel", "Via Erasmus+ wisselen twee basisscholen leerlingen uit; de scholen zijn zelf aanvrager."),
    ("nn", "Ørsta", "Gjennom Erasmus+ har to skular vore på utveksling, men skulane er sjølv søkjarar."),
    # other actors stay other actors
    ("da", "Hedensted", "En virksomhed i Hedensted deltager i et Erasmus+-projekt om lærlinge."),
    ("nl", "Geel", "De sportvereniging neemt deel aan een Erasmus+-project met clubs in Spanje."),
    ("nb", "Sola", "Sola museum er partner i Erasmus+-prosjektet «Havets historie»."),
    # a school's membership of a city network is not the issuer's
    ("da", "Lejre", "Kulturskolen er medlem af Eurocities' kulturforum."),
]


@pytest.mark.parametrize(("language", "town", "text"), HELD)
def test_an_own_school_in_a_programmes_project_is_the_issuers_part(language: str, town: str, text: str) -> None:
    assert "Erasmus+" in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text"), NOT_HELD[:-1])
def test_a_denied_role_a_school_applying_itself_or_another_actor_gives_no_programme_row(
    language: str, town: str, text: str
) -> None:
    assert "Erasmus+" not in networks(text, language, town)


def test_a_schools_membership_of_a_city_network_is_no_row() -> None:
    language, town, text = NOT_HELD[-1]
    assert "Eurocities" not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), LEAD_ROLE_DENIED)
def test_a_partner_that_is_not_the_lead_partner_still_takes_part(
    language: str, town: str, text: str, network: str
) -> None:
    assert network in networks(text, language, town)


RUN_IN_LABELS = [
    ("nl", "Tilburg", "Projecten. Tilburg werkt in het Interreg-project 'Slimme Grens' samen met\nTurnhout.\n\n"
     "Geen partners. Met Hasselt zijn er alleen losse contacten.\n", "Interreg"),
    ("nl", "Oss", "Projectpartners. In het Interreg-project 'Groene Maas' werkt Oss samen met\nde gemeente Kleve.\n\n"
     "Geen partners. Met Goch bestaan alleen contacten tussen verenigingen.\n", "Interreg"),
    ("da", "Kolding", "EU-projekter. Kolding deltager i Interreg-projektet «Grøn Havn» sammen med\nFlensburg.\n\n"
     "Ikke partnere. Med Aabenraa er der kun uformelle kontakter.\n", "Interreg"),
    ("nb", "Bodø", "Prosjekter. Bodø deltar i Interreg-prosjektet «Nordlys» sammen med Luleå.\n\n"
     "Ingen partnere. Med Narvik er det bare kontakt mellom idrettslag.\n", "Interreg"),
    ("nn", "Voss", "Prosjekt. Voss deltek i Interreg-prosjektet «Fjellbygd» saman med Innsbruck.\n\n"
     "Ingen partnarar. Med Odda er det berre uformell kontakt.\n", "Interreg"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), RUN_IN_LABELS)
def test_a_two_word_run_in_label_denying_partners_is_no_remark_on_the_project_before(
    language: str, town: str, text: str, network: str
) -> None:
    assert network in networks(text, language, town)

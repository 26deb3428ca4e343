"""Three families written for these tests (strategies, decision lists, EU-project pages; four languages).
(1) A programme named as the route of the plan's own work ('blandt andet via Erasmus+', 'gjennom Erasmus+', 'onder
meer via ...') is used by the issuer; a route before another body reads to that body. (2) A programme's entry that
goes on to say the issuer has no project of its own in it ('... heeft daarin geen eigen project', 'Kommunen har ikke
selv et projekt i ordningen') holds no participation; an entry where the issuer is project partner keeps it.
(3) The kind word right before a network's name ('lidmaatschap van de vereniging X', 'medlemskabet af foreningen X')
is the network's own, no other actor; 'de sportvereniging ... ontving' still is one."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

ROUTED = [
    ("da", "Hvidovre", "Indsatsområde 2: Unge\nFlere lærlinge skal på praktik i udlandet, bl.a. via\nErasmus+."),
    ("da", "Vordingborg", "Vi styrker unges mobilitet gennem Erasmus+ og lokale udvekslinger."),
    ("nb", "Ringerike", "Flere lærlinger skal få et opphold i utlandet, blant annet gjennom Erasmus+."),
    ("nn", "Ørsta", "Fleire elevar skal på utveksling, mellom anna gjennom Erasmus+."),
    ("nl", "Zeist", "Speerpunt 2: Jongeren\nMeer stagiairs gaan naar het buitenland, onder meer via\nErasmus+."),
    ("nl", "Epe", "Leerlingen doen internationale ervaring op door middel van Erasmus+."),
]


@pytest.mark.parametrize(("language", "town", "text"), ROUTED)
def test_a_programme_named_as_the_plans_route_is_used(language: str, town: str, text: str) -> None:
    assert networks(text, language, town) == {"Erasmus+"}


NO_OWN_PROJECT = [
    (
        "nl",
        "Gulpen-Wittem",
        "Europese projecten\n> LEADER Heuvelland\n  Voor 2023-2027 heeft de Lokale Actiegroep LEADER-middelen "
        "aangevraagd.\n  Gulpen-Wittem heeft daarin geen eigen project.\n",
    ),
    (
        "da",
        "Lemvig",
        "EU-projekter\nLAG Vestjylland har søgt LEADER-midler for 2023-2027. Kommunen har ikke selv et projekt i "
        "ordningen.\n",
    ),
    (
        "nb",
        "Nord-Fron",
        "EU-prosjekter\nLAG Gudbrandsdalen har søkt LEADER-midler for perioden. Kommunen har ikke eget prosjekt i "
        "ordningen.\n",
    ),
]


@pytest.mark.parametrize(("language", "town", "text"), NO_OWN_PROJECT)
def test_a_programme_without_a_project_of_the_issuers_own_is_no_participation(
    language: str, town: str, text: str
) -> None:
    assert networks(text, language, town) == set()


def test_a_programme_entry_where_the_issuer_is_project_partner_stays() -> None:
    text = (
        "Europese projecten\n> Interreg Vlaanderen-Nederland\n  In het project Grensroutes (2024-2027) werkt "
        "Baarle-Nassau onder Interreg samen met Baarle-Hertog.\n  Baarle-Nassau is projectpartner.\n"
    )
    assert networks(text, "nl", "Baarle-Nassau") == {"Interreg"}


KIND_BEFORE_NAME = [
    (
        "nl",
        "Oudenburg",
        "De raad ziet af van deelname aan het loket. Het bestaande lidmaatschap van de\nvereniging "
        "Energy Cities blijft ongewijzigd.",
    ),
    ("da", "Faaborg-Midtfyn", "Medlemskabet af foreningen Energy Cities fortsætter uændret."),
    ("nb", "Eidsvoll", "Medlemskapet i foreningen Energy Cities videreføres uendret."),
    ("nn", "Luster", "Medlemskapet i Energy Cities held fram som før."),
]


@pytest.mark.parametrize(("language", "town", "text"), KIND_BEFORE_NAME)
def test_an_existing_membership_that_stays_is_held(language: str, town: str, text: str) -> None:
    assert networks(text, language, town) == {"Energy Cities"}


def test_another_body_named_by_its_kind_still_takes_part_itself() -> None:
    text = "De sportvereniging WSV ontving Erasmus+-subsidie voor een uitwisseling met Polen."
    assert networks(text, "nl", "Wageningen") == set()


def test_a_denied_role_in_the_project_is_no_denied_project() -> None:
    text = "Kongsberg deltar i Erasmus+-prosjektet «Grønne skoler». Kommunen er partner, ikke prosjektleder."
    assert networks(text, "nb", "Kongsberg") == {"Erasmus+"}


def test_a_route_in_a_goal_is_a_programme_hoped_for() -> None:
    text = "Doel 2: Jongeren\nWat willen we bereiken? Meer stages in het buitenland via Erasmus+."
    assert networks(text, "nl", "Houten") == set()


def test_an_entry_ends_where_the_next_part_of_the_page_opens() -> None:
    text = (
        "EU-projekter\nGrøn Havn (LIFE, 2024-2027)\nMed støtte fra LIFE bygger vi landstrøm i Rødby Havn. "
        "Lolland er projektpartner.\nAfviste ansøgninger\nVores ansøgning til Interreg blev ikke godkendt.\n"
    )
    assert "LIFE" in networks(text, "da", "Lolland")

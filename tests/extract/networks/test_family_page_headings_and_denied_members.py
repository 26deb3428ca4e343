"""Headings of a page are no networks, and a denied membership denies every name it governs. A page's site path
over its title ("Gemeente X | Bestuur | Netwerken en Europa" / "NETWERKEN EN EUROPESE PROJECTEN") is no table of
networks; a section marked like the network list's own heading ("▸ Netværk" ... "▸ EU-projekter") ends that list.
"géén lid van" denies like "geen lid van"; a negation right before the membership noun ("ikke selv medlem av",
"geen lid van de Europese vereniging van vestingsteden") denies the names after it, however long the description
or list between; "niet alleen lid" denies nothing. Signing "namens de gemeente" / "på vegne av kommunen" is the
issuer's own act; "på vegne av regionen" is another body's. A memo's subject field ("Onderwerp: Lidmaatschap X")
names the case, not a membership. Pages written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWNS = {"da": "Skive", "nb": "Bodø", "nn": "Voss", "nl": "Kortemark"}

PAGE_HEADINGS = [
    (
        "nl",
        "Gemeente Kortemark | Bestuur | Samenwerking | Netwerken en Europa\n\nNETWERKEN EN EUROPESE PROJECTEN\n"
        "________________________________\n\nKortemark werkt samen met anderen.\n\n"
        "Landelijke netwerken\n• Sinds 2019 is Kortemark lid van Klimaatverbond Nederland.\n",
        {"Klimaatverbond Nederland"},
    ),
    (
        "da",
        "Skive Kommune | Politik | Netværk og medlemskaber\n\nINTERNATIONALT SAMARBEJDE\n\n"
        "Skive Kommune er medlem af Eurocities.\n",
        {"Eurocities"},
    ),
    (
        "da",
        "▸ Netværk og medlemskaber\n  • Skive Kommune er medlem af Energy Cities.\n  • ICLEI\n\n"
        "▸ EU-projekter\n  Læs om projekterne på projektsiden.\n",
        {"Energy Cities", "ICLEI"},
    ),
    (
        "nb",
        "▸ Nettverk\n  • Eurocities\n  • ICLEI\n\n▸ Prosjekter og partnere\n  Mer om prosjektene finner du her.\n",
        {"Eurocities", "ICLEI"},
    ),
    (
        "nn",
        "» Nettverk\n- Eurocities\n- Energy Cities\n\n» Kontakt og spørsmål\nSend oss ein e-post.\n",
        {"Eurocities", "Energy Cities"},
    ),
    (
        "nl",
        "► Netwerken\n  • Eurocities\n  • Mayors for Peace\n\n► Europese projecten\n  Zie de projectpagina.\n",
        {"Eurocities", "Mayors for Peace"},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PAGE_HEADINGS)
def test_a_pages_own_headings_are_no_networks(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected


def test_a_list_with_mixed_bullets_keeps_its_items():
    text = "Netwerken\n• Eurocities\n– ICLEI\n• Energy Cities\n"
    assert networks(text, "nl", "Kortemark") == {"Eurocities", "ICLEI", "Energy Cities"}


DENIED = [
    ("nl", "Kortemark is géén lid van Cittaslow, ook al ontvingen we een uitnodiging.\n", set()),
    (
        "nl",
        "Kortemark is lid van Eurocities. Kortemark is geen lid van de Europese vereniging van\n"
        "vestingsteden Walled Towns Friendship Circle.\n",
        {"Eurocities"},
    ),
    (
        "nb",
        "Kommunen deltar i et ungdomspanel, men er ikke selv medlem av Nordkalottrådet eller Barentsrådet.\n",
        set(),
    ),
    ("nn", "Kommunen er ikkje sjølv medlem av Nordkalottrådet eller Barentsrådet.\n", set()),
    ("da", "Kommunen er ikke selv medlem af den europæiske sammenslutning af byer Eurocities.\n", set()),
    ("nl", "De gemeente is níet aangesloten bij Energy Cities.\n", set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), DENIED)
def test_a_denied_membership_denies_the_names_it_governs(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected


HELD = [
    (
        "nb",
        "Kommunen er ikke lenger medlem av KS-nettverket, men har siden 2020 vært medlem av Eurocities.\n",
        "Eurocities",
    ),
    ("nl", "Kortemark is niet alleen lid van Eurocities maar ook van Energy Cities.\n", "Energy Cities"),
    (
        "nl",
        "In 2022 ondertekende de burgemeester namens de gemeente het Burgemeestersconvenant.\n",
        "Covenant of Mayors",
    ),
    ("nb", "Ordføreren signerte på vegne av kommunen Borgermesteravtalen i 2021.\n", "Covenant of Mayors"),
    ("da", "Borgmesteren underskrev på vegne af kommunen Borgmesterpagten i 2020.\n", "Covenant of Mayors"),
]


@pytest.mark.parametrize(("language", "text", "network"), HELD)
def test_a_membership_stated_beside_a_denial_or_on_the_issuers_behalf_is_held(language, text, network):
    assert network in networks(text, language, TOWNS[language])


def test_signing_on_behalf_of_another_body_is_no_membership():
    text = "In 2022 ondertekende de provincie namens de regio het Burgemeestersconvenant.\n"
    assert networks(text, "nl", "Kortemark") == set()


SUBJECT_FIELDS = [
    (
        "nl",
        "RAADSVOORSTEL\nOnderwerp: Lidmaatschap Energy Cities\n\nInleiding\nHet college stelt voor lid te worden.\n",
    ),
    ("da", "NOTAT\nEmne: Medlemskab af Energy Cities\n\nForvaltningen undersøger et muligt medlemskab.\n"),
    ("nb", "SAKSFRAMLEGG\nTittel: Medlemskap i Energy Cities\n\nSaken legges fram for politisk behandling.\n"),
]


@pytest.mark.parametrize(("language", "text"), SUBJECT_FIELDS)
def test_a_memos_subject_field_names_no_membership(language, text):
    assert networks(text, language, TOWNS[language]) == set()


def test_a_subject_field_beside_a_stated_membership_keeps_it():
    text = "Onderwerp: Lidmaatschap Energy Cities\n\nKortemark is sinds 2015 lid van Energy Cities.\n"
    assert networks(text, "nl", "Kortemark") == {"Energy Cities"}


PROGRAMME_WITH_YEARS = [
    (
        "nl",
        "▸ Netwerken\n  • Mayors for Peace\n\n▸ Europese projecten\n  • LEADER Noord-Limburg (2023-2027)\n"
        "    Met LEADER-middelen renoveert Kortemark de beiaardtoren.\n",
        {"Mayors for Peace", "LEADER"},
    ),
    (
        "da",
        "▸ Netværk\n  • Eurocities\n\n▸ EU-projekter\n  • Interreg Øresund-Kattegat-Skagerrak (2022-2026)\n"
        "    Skive Kommune leder projektets arbejdspakke om havne.\n",
        {"Eurocities", "Interreg"},
    ),
    (
        "nb",
        "EU-prosjekter\n- Erasmus+ (2024–2026)\n  Bodø kommune sender lærere på hospitering i Finland.\n",
        {"Erasmus+"},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PROGRAMME_WITH_YEARS)
def test_a_programme_named_with_its_years_over_the_issuers_project_is_taken_part_in(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected


def test_a_programme_named_with_its_years_over_another_bodys_project_is_not():
    text = "EU-prosjekter\n- Erasmus+ (2024–2026)\n  Den private skolen sender elever til Finland.\n"
    assert networks(text, "nb", "Bodø") == set()

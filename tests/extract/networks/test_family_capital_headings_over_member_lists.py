"""Family: a heading over the page's list of memberships, set in capitals and written as a clause ("NETTVERK DER
KOMMUNEN ER MEDLEM", "NETWERKEN WAAR ZWOLLE AAN DEELNEEMT"), or opening with one word before its network word
("INTERNATIONALE NETVÆRK VI ER MEDLEM AF", "KOMMUNENS NETVÆRK OG MEDLEMSKABER"). Capitals mark no name in such
a line, so the clause after the network word is no network of its own; the heading states membership, so the list
under it names the networks held. A heading over networks considered, left or not held lists none. Headings
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWNS = {"da": "Skive", "nb": "Bodø", "nn": "Voss", "nl": "Zwolle"}

HELD = {
    "da": [
        "NETVÆRK SOM KOMMUNEN ER MEDLEM AF",
        "NETVÆRK HVOR SKIVE KOMMUNE DELTAGER",
        "INTERNATIONALE NETVÆRK VI ER MEDLEM AF",
        "KOMMUNENS NETVÆRK OG MEDLEMSKABER",
        "NETVÆRK DER KOMMUNEN ER MED I",
    ],
    "nb": [
        "NETTVERK DER KOMMUNEN ER MEDLEM",
        "NETTVERK SOM BODØ KOMMUNE DELTAR I",
        "INTERNASJONALE NETTVERK VI ER MEDLEM AV",
        "KOMMUNENS NETTVERK OG MEDLEMSKAP",
        "NETTVERK HVOR KOMMUNEN DELTAR AKTIVT",
    ],
    "nn": [
        "NETTVERK DER KOMMUNEN ER MEDLEM",
        "NETTVERK SOM VOSS HERAD DELTEK I",
        "INTERNASJONALE NETTVERK VI ER MEDLEM AV",
        "KOMMUNEN SITT MEDLEMSKAP I NETTVERK",
        "NETTVERK KOR KOMMUNEN DELTEK",
    ],
    "nl": [
        "NETWERKEN WAARVAN DE GEMEENTE LID IS",
        "NETWERKEN WAAR ZWOLLE AAN DEELNEEMT",
        "INTERNATIONALE NETWERKEN WAARIN WE PARTICIPEREN",
        "LIDMAATSCHAPPEN VAN NETWERKEN EN PLATFORMS",
        "EUROPESE NETWERKEN WAAR WE LID VAN ZIJN",
    ],
}

NOT_HELD = {
    "da": [
        "NETVÆRK VI OVERVEJER AT MELDE OS IND I",
        "NETVÆRK SOM KOMMUNEN HAR FORLADT",
        "INTERNATIONALE NETVÆRK VI IKKE ER MEDLEM AF",
    ],
    "nb": [
        "NETTVERK VI VURDERER Å MELDE OSS INN I",
        "NETTVERK KOMMUNEN HAR MELDT SEG UT AV",
        "INTERNASJONALE NETTVERK VI IKKE ER MEDLEM AV",
    ],
    "nn": [
        "NETTVERK VI VURDERER Å MELDE OSS INN I",
        "NETTVERK KOMMUNEN HAR MELDT SEG UT AV",
        "INTERNASJONALE NETTVERK VI IKKJE ER MEDLEM AV",
    ],
    "nl": [
        "NETWERKEN WAARVAN WE GEEN LID MEER ZIJN",
        "NETWERKEN WAARBIJ WE OVERWEGEN AAN TE SLUITEN",
        "INTERNATIONALE NETWERKEN WAARUIT WE ZIJN UITGETREDEN",
    ],
}


def _networks(heading: str, language: str) -> set[str]:
    return networks(f"{heading}\n- Eurocities (2019)\n- Energy Cities (2021)\n", language, TOWNS[language])


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, hs in HELD.items() for h in hs])
def test_a_capital_heading_stating_membership_lists_the_networks_under_it_and_names_none(language, heading):
    assert _networks(heading, language) == {"Eurocities", "Energy Cities"}


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, hs in NOT_HELD.items() for h in hs])
def test_a_capital_heading_over_networks_considered_left_or_not_held_lists_none(language, heading):
    assert _networks(heading, language) == set()


@pytest.mark.parametrize(
    ("language", "heading"),
    [("da", "104. Medlemskab af Nordic Safe Cities"), ("nl", "12. Lidmaatschap van Energy Cities")],
)
def test_a_numbered_case_title_naming_one_membership_is_no_list_heading(language, heading):
    found = networks(f"{heading}\nSagsnr.: 26/03390\n", language, TOWNS[language])
    assert not any("26/03390" in name for name in found)


def test_a_mixed_case_membership_sentence_still_names_an_unknown_network():
    found = networks("Skive Kommune er medlem af netværket Kystbyerne i Limfjorden.", "da", "Skive")
    assert found == {"Kystbyerne i Limfjorden"}

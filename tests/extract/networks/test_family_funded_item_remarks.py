"""Two shapes of a page's list items. An item labelled with its project and years ('- Kustbuffer (2024-2027): met
de steun van Interreg ... onderzoeken we ...') opens its text on the programme's funding and names the issuer as the
doer right after it: the programme is taken part in, the verb ('onderzoeken') is the project's work, no joining
considered. And an item under a membership heading whose remark opens on the year it is held since
('- Klimaatverbond Nederland - sinds 2012. Via het ...'): a membership. A condition after the name ('dersom
bystyret vedtar') still makes a joining no row, and a topic label with a year ('Duurzaamheid - sinds 2019 werken
we ...') is no network. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    ("nl", "Nieuwpoort", "Europese projecten\n- Kustbuffer (2024-2027): met de steun van Interreg "
     "Vlaanderen-Nederland onderzoeken we samen met Sluis hoe duinen de kust beschermen.\n", "Interreg"),
    ("da", "Tønder", "EU-projekter\n- Marsk (2024-2027): med støtte fra Interreg Deutschland-Danmark undersøger "
     "kommunen sammen med Husum, hvordan diger kan forstærkes.\n", "Interreg"),
    ("nb", "Vardø", "EU-prosjekter\n- Havn (2025-2027): med støtte fra Interreg Aurora undersøker kommunen nye "
     "løsninger for havnelogistikk.\n", "Interreg"),
    ("nl", "Bronckhorst", "Lidmaatschappen\n- Klimaatverbond Nederland - sinds 2012. Via het Klimaatverbond "
     "wisselen wij kennis uit over de energietransitie in het landelijk gebied.\n", "Klimaatverbond Nederland"),
    ("da", "Tønder", "Medlemskaber\n- Energy Cities - siden 2015. Gennem netværket deler kommunen erfaringer "
     "om varmeplanlægning med andre byer i Europa.\n", "Energy Cities"),
    ("nn", "Voss", "Medlemskap\n- Cittaslow - sidan 2016. Gjennom nettverket deler kommunen røynsler med andre "
     "småbyar om berekraftig reiseliv og lokal mat.\n", "Cittaslow"),
]

NOT_HELD = [
    ("nb", "Klepp", "Kommunen blir medlem av Energy Cities dersom bystyret vedtar budsjettet.", "Energy Cities"),
    ("nl", "Bronckhorst", "Lidmaatschappen\n- Duurzaamheid - sinds 2019 werken we in de regio samen aan de "
     "energietransitie met andere gemeenten in de Achterhoek.\n", "Duurzaamheid"),
    ("nl", "Nieuwpoort", "De gemeente onderzoekt of zij met de steun van Interreg een project kan starten.",
     "Interreg"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), HELD)
def test_a_funded_item_or_a_membership_dated_in_its_remark_is_a_row(
    language: str, town: str, text: str, network: str
) -> None:
    assert network in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), NOT_HELD)
def test_a_condition_a_topic_label_or_a_project_only_considered_gives_no_row(
    language: str, town: str, text: str, network: str
) -> None:
    assert network not in networks(text, language, town)

"""Family (precision): a municipality's web page about its networks, EU projects or partner towns often opens on
the site's breadcrumb or menu ("Forside / Politik / Internationalt", "[Nettverk] [EU-prosjekter] [Kontakt]") and
only then on its own heading. The page's heading decides what the page is: its project items with a state
("(Interreg ..., 2019-2022) er afsluttet") are a relation's news, not a plan's actions.
Look-alike: a plan's status page under the same kind of menu still reports its actions. Snippets written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

MENU_PAGES = [
    (
        "da",
        text_of(
            "Aabenraa.dk / Politik / Internationalt",
            "",
            "EUROPÆISKE PROJEKTER OG NETVÆRK",
            "",
            "Igangværende projekter",
            '- "Grøn Grænse" (Interreg Deutschland-Danmark, 2024-2027)',
            "  Cykelruter på tværs af grænsen sammen med to tyske kommuner.",
            "Afsluttede projekter",
            '- "Kystliv" (Interreg Øresund-Kattegat-Skagerrak, 2018-2021) er afsluttet.',
        ),
    ),
    (
        "nb",
        text_of(
            "[Nettverk]  [EU-prosjekter]  [Vennskapsbyer]  [Kontakt]",
            "INTERNASJONALT SAMARBEID",
            "",
            "Pågående prosjekter",
            "- «Fjord og fjell» (Interreg Aurora, 2024–2027)",
            "  Felles reiselivsprodukter med partnere i Sverige.",
            "Avsluttede prosjekter",
            "- «Kald kyst» (Interreg Nord, 2017–2020) er avsluttet.",
        ),
    ),
    (
        "nn",
        text_of(
            "Heim › Politikk › Internasjonalt",
            "Europeiske prosjekt og nettverk",
            "",
            "- «Grøne hamner» (Interreg Nordsjø, 2023–2026) pågår.",
            "- «Fjordbuss» (Interreg Skagerrak, 2016–2019) vart avslutta i 2019.",
        ),
    ),
    (
        "nl",
        text_of(
            "Home  /  Bestuur  /  Internationaal",
            "[Netwerken]  [Europese projecten]  [Stedenband]  [Contact]",
            "",
            "NETWERKEN EN EUROPESE PROJECTEN",
            "",
            "Lopende projecten",
            '- "Rivier Verbindt" (Interreg Vlaanderen-Nederland, 2024-2027)',
            "  Wandelroutes langs de rivier met twee Nederlandse buurgemeenten.",
            "Afgeronde projecten",
            '- "Droge Voeten" (Interreg Euregio Maas-Rijn, 2018-2021) is afgesloten.',
        ),
    ),
    (
        "nl",
        text_of(
            "Gemeente Oostkamp | Bestuur | Internationaal",
            "Stedenband",
            "",
            "- Jongerenuitwisseling met Rendsburg (2019-2023) is afgerond.",
            "- Het culturele festival loopt nog tot 2026.",
        ),
    ),
    (
        "da",
        text_of(
            "Forside » Kommunen » Samarbejde",
            "Venskabsbyer",
            "",
            "- Skoleudvekslingen med Tartu er afsluttet.",
            "- Kulturugen med Gdynia er i gang.",
        ),
    ),
]


@pytest.mark.parametrize(("language", "text"), MENU_PAGES)
def test_a_relation_page_under_a_menu_gives_no_action(language, text):
    assert rows(text, language) == []


PLAN_UNDER_MENU = [
    (
        "da",
        text_of(
            "Forside / Politik / Klima",
            "KLIMAPLAN 2030 - STATUS",
            "",
            "1. Ny cykelsti ved skolen",
            "Status: Gennemført",
            "2. Solceller på rådhuset",
            "Status: I gang",
        ),
        [("1", "Ny cykelsti ved skolen", "completed"), ("2", "Solceller på rådhuset", "in_progress")],
    ),
    (
        "nl",
        text_of(
            "Home  /  Bestuur  /  Beleid",
            "[Klimaat]  [Wonen]  [Contact]",
            "UITVOERINGSPROGRAMMA DUURZAAMHEID",
            "",
            "1. Zonnepanelen op het gemeentehuis",
            "Status: Afgerond",
            "2. Nieuw fietspad langs de vaart",
            "Status: In uitvoering",
        ),
        [("1", "Zonnepanelen op het gemeentehuis", "completed"), ("2", "Nieuw fietspad langs de vaart", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLAN_UNDER_MENU)
def test_a_plan_under_a_menu_still_reports_its_actions(language, text, expected):
    assert rows(text, language) == expected

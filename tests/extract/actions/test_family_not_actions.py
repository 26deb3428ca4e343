"""Family 4 (precision): text that looks like a list of actions but is not: a table of contents,
a strategy's chapter or focus-area headings without a status, goal statements, people and contact
cards, column headers, dates alone, navigation and the agenda of a meeting. Snippets written for
these tests; each must give no action at all."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TABLES_OF_CONTENTS = [
    (
        "da",
        "Indhold\n1 Indledning .......... 3\n2 Grøn omstilling .......... 5\n"
        "2.1 Energirenovering af skoler .......... 6\n"
        "2.2 Grøn omstilling af havnen .......... 8\n3 Status på indsatserne .......... 10",
    ),
    ("da", "Indholdsfortegnelse\n1.1 Baggrund\t4\n1.2 Gennemførte projekter\t7\n1.3 Igangværende projekter\t9"),
    (
        "nb",
        "Innhold\n1.1 Bakgrunn                 4\n1.2 Mål for planperioden      6\n2.1 Gjennomført arbeid        9\n"
        "2.2 Status for tiltakene     12",
    ),
    ("nb", "Innholdsfortegnelse\n1. Innledning 3\n2. Status for handlingsplanen 5\n2.1 Tiltak som er avsluttet 6"),
    ("nn", "Innhald\nInnleiing 3\nSatsingsområde 1: Folkehelse 5\nSatsingsområde 2: Klima 9\nStatus for tiltaka 12"),
    ("nn", "Innhald\n1.1 Bakgrunn ...... 2\n1.2 Tiltak som er gjennomførte ...... 4\n1.3 Utsette tiltak ...... 6"),
    ("nl", "Inhoudsopgave\n1. Inleiding\t3\n1.1 Aanleiding\t4\n2.1 Afgeronde projecten\t7\n2.2 Stand van zaken\t9"),
    ("nl", "Inhoud\n1.1 Voorwoord 2\n1.2 Projecten in uitvoering 5\n1.3 Uitgestelde projecten 8"),
]

STRATEGY_HEADINGS = [
    ("da", "Fokusområde 1: Grøn omstilling\nFokusområde 2: Sundhed og trivsel\nFokusområde 3: Uddannelse"),
    ("da", "Vores indsatsområder\n• Bæredygtig by\n• Stærke fællesskaber\n• Livslang læring"),
    ("nb", "Satsingsområder\n1. Levende lokalsamfunn\n2. Grønn omstilling\n3. Gode tjenester"),
    ("nn", "Satsingsområde 1: Folkehelse\nVi vil at alle skal kunne leve gode liv.\nSatsingsområde 2: Klima"),
    ("nl", "Speerpunten\n- Wonen\n- Werken\n- Duurzaamheid\n- Zorg"),
    (
        "nl",
        "Programma 2 Duurzaamheid\nWij zorgen voor een sterke lokale economie.\nProgramma 3 Wonen\n"
        "Wij bouwen 500 woningen.",
    ),
]

GOALS = [
    ("da", "Vi vil gennemføre en ny klimaplan.\nVi vil sikre, at alle skoler er renoveret i 2030."),
    ("nb", "Vi skal ha fullført utbyggingen av gang- og sykkelveier innen 2030."),
    ("nn", "Kommunen skal ha gjennomført alle tiltaka innan 2028."),
    ("nl", "Wij zorgen ervoor dat alle schoolgebouwen in 2030 zijn verduurzaamd."),
    ("nl", "Het doel is dat de wijkaanpak in 2026 is afgerond."),
]

PEOPLE_AND_CONTACTS = [
    ("da", "Kontaktperson\nMette Jensen\nTlf. 12 34 56 78\nStatus: Gennemført"),
    ("nb", "Kontaktperson\nKari Nordmann\nTelefon: 912 34 567\nE-post: kari.nordmann@kommune.no\nStatus: Gjennomført"),
    ("nn", "Prosjektleiar\n\nOla Nordmann\n\nStatus\n\nFerdig"),
    ("nl", "Contactpersoon: Jan de Vries\nTel. 010 123 45 67\nStatus: Afgerond"),
    ("nl", "Home\nZoeken\nMoties en toezeggingen\nLaatst gewijzigd: 12 maart 2024\nStatus"),
    ("da", "Forside\nTilbage\nStatus: Gennemført"),
    ("nb", "12. mars 2024\nStatus: Avsluttet"),
    ("nl", "Status | Toelichting\n"),
]

AGENDAS = [
    ("nl", "Agenda gemeenteraad 14 maart 2024\n1. Opening\n2. Vaststellen agenda\n3. Vragenhalfuur\n4. Rondvraag"),
    ("da", "Dagsorden\n1. Godkendelse af dagsorden\n2. Meddelelser\n3. Eventuelt"),
    ("nb", "Saksliste\nSak 12/24 Godkjenning av protokoll\nSak 13/24 Referatsaker\nSak 14/24 Eventuelt"),
    ("nn", "Sakliste\n1. Godkjenning av innkalling\n2. Referatsaker\n3. Eventuelt"),
    ("nl", "Besluitenlijst\n1. Opening en mededelingen\n2. Vaststelling van de notulen"),
]


@pytest.mark.parametrize(("language", "text"), TABLES_OF_CONTENTS)
def test_a_table_of_contents_is_no_list_of_actions(language, text):
    assert rows(text, language) == []


@pytest.mark.parametrize(("language", "text"), STRATEGY_HEADINGS)
def test_focus_area_and_chapter_headings_without_a_status_are_no_actions(language, text):
    assert rows(text, language) == []


@pytest.mark.parametrize(("language", "text"), GOALS)
def test_a_plans_goal_statement_is_no_action(language, text):
    assert rows(text, language) == []


@pytest.mark.parametrize(("language", "text"), PEOPLE_AND_CONTACTS)
def test_people_contact_cards_navigation_dates_and_headers_are_no_actions(language, text):
    assert rows(text, language) == []


@pytest.mark.parametrize(("language", "text"), AGENDAS)
def test_the_agenda_items_of_a_meeting_are_no_actions(language, text):
    assert rows(text, language) == []


PROPOSALS = [
    (
        "da",
        "Administrationen indstiller, at:\n- Hegn etableres omkring legepladsen\n"
        "- Produktionskøkken opføres i den gamle institution",
    ),
    (
        "da",
        "Byrådet godkender, at:\n- Der etableres en ny sti langs åen\n"
        "- Grunden udjævnes efter nedrivning, men at der ikke etableres nye redskaber",
    ),
    (
        "nb",
        "Kommunedirektøren innstiller på at:\n- Det etableres en ny møteplass i sentrum\n"
        "- Gangveien bygges langs sjøen",
    ),
    ("nn", "Kommunedirektøren rår til at:\n- Gangvegen byggjast langs sjøen\n- Det vert oppretta ei arbeidsgruppe"),
    ("nl", "Het college stelt de raad voor:\n- Een krediet beschikbaar te stellen\n- De begroting te wijzigen"),
]


@pytest.mark.parametrize(("language", "text"), PROPOSALS)
def test_the_points_of_a_proposal_in_minutes_are_no_actions(language, text):
    assert rows(text, language) == []

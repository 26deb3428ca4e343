"""Headings that are a document's own sections, never a plan's items: a report numbered from its own parts ("1.
BAKGRUNN" ... "4. SAMLET VURDERING") whose assessment chapter opens on a count of items done ("Tre av fem tiltak er
gjennomført"), and a news page's headlines over council decisions ("NYT MEDLEM AF SOCIALUDVALGET", "KAIANLEGGET I
TORJULVÅGEN VENTAR"). The items such a report lists ("Tiltak 1 – ..." / "Vurdering: Gjennomført."), a plan's
numbered headings with their status, and a news page's marked list of a plan's items keep their rows. Documents
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORT_CHAPTERS = [
    (
        "nb",
        "EVALUERING AV SAMARBEIDSAVTALEN MED ÅRE 2021–2024\n\n1. BAKGRUNN\nAvtalen hadde tre tiltak.\n\n"
        "2. STATUS FOR TILTAKENE\nTiltak 1 – Felles løype\n  Vurdering: Gjennomført.\n"
        "Tiltak 2 – Lærerutveksling\n  Vurdering: Avlyst.\n\n"
        "3. SAMLET VURDERING\nTo av tre tiltak er gjennomført innen fristen.\n\n"
        "4. ANBEFALING\nAvtalen bør fornyes.\n",
        [("1", "Felles løype", "completed"), ("2", "Lærerutveksling", "cancelled")],
    ),
    (
        "nn",
        "Evaluering av handlingsplanen 2022–2025\n\n1. Innleiing\nPlanen hadde fire tiltak.\n\n"
        "2. Status\nTiltak 1 – Ny gangveg\n  Vurdering: Gjennomført.\n\n"
        "3. Samla vurdering\nTre av fire tiltak er gjennomførte.\n",
        [("1", "Ny gangveg", "completed")],
    ),
    (
        "da",
        "Evaluering af handleplanen 2022-2025\n\n1. Indledning\nPlanen havde fem indsatser.\n\n"
        "2. Status\nIndsats 1 – Ny legeplads\n  Vurdering: Gennemført.\n\n"
        "3. Samlet vurdering\nFire af fem indsatser er gennemført.\n",
        [("1", "Ny legeplads", "completed")],
    ),
    (
        "nl",
        "Evaluatie uitvoeringsprogramma 2022-2025\n\n1. Inleiding\nHet programma telde zes acties.\n\n"
        "2. Stand van zaken\nActie 1 – Nieuw fietspad\n  Status: Afgerond.\n\n"
        "3. Conclusie\nVier van de zes acties zijn afgerond.\n",
        [("1", "Nieuw fietspad", "completed")],
    ),
    (
        "nb",
        "Rapport om oppfølging av klimaplanen\n\n1. Innledning\nPlanen har seks tiltak.\n\n"
        "2. Tiltakene\nTiltak 1 – Ladepunkter\n  Status: Ferdig.\n\n"
        "3. Samlet vurdering\nFem av seks tiltak er helt eller delvis gjennomført.\n",
        [("1", "Ladepunkter", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORT_CHAPTERS)
def test_a_reports_assessment_chapter_is_no_action(language, text, expected):
    assert rows(text, language) == expected


NEWS_PAGES = [
    (
        "da",
        "kk.dk › Politik › Nyheder\n\nDet besluttede Borgerrepræsentationen\n\n"
        "Her er et overblik over de vigtigste beslutninger.\n\n"
        "ÅRSRAPPORT FOR VENSKABSBYERNE\nBorgerrepræsentationen tog årsrapporten til efterretning.\n\n"
        "NYT MEDLEM AF SOCIALUDVALGET\nBorgerrepræsentationen valgte Jonas Bech som nyt medlem.\n\n"
        "FRA ARKIVET\nCykelstrategien blev vedtaget i 2025 og er ikke ændret siden.\n",
    ),
    (
        "nn",
        "Testkommune › Aktuelt › Nytt frå kommunestyret\n\nDette vart vedteke i kommunestyret\n\n"
        "NY BARNEHAGE\nKommunestyret sa ja til ny barnehage. (Sak 61/26)\n\n"
        "KAIANLEGGET I TORJULVÅGEN VENTAR\nSaka om nytt kaianlegg vart utsett. (Sak 64/26)\n",
    ),
    (
        "nb",
        "Forsiden › Aktuelt › Politikk\n\nDette vedtok kommunestyret\n\n"
        "Ny hall ferdig\nKommunestyret tok sluttrapporten for hallen til orientering.\n\n"
        "Skolestruktur utsatt\nSaken ble utsatt til desember.\n",
    ),
    (
        "nl",
        "Home > Nieuws > Gemeenteraad\n\nDit besloot de raad\n\n"
        "Sporthal afgerond\nDe raad nam kennis van de eindafrekening van de sporthal.\n\n"
        "Nieuw lid rekenkamer\nDe raad benoemde een nieuw lid van de rekenkamer.\n",
    ),
    (
        "da",
        "Forside > Nyheder > Politik\n\nNyt fra byrådet\n\n"
        "Cykelstien er færdig\nByrådet fik en orientering om den nye cykelsti.\n\n"
        "Budget vedtaget\nBudgettet blev vedtaget med 21 stemmer mod 6.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), NEWS_PAGES)
def test_a_news_pages_headlines_are_no_actions(language, text):
    assert rows(text, language) == []


def test_a_news_pages_marked_list_of_a_plans_items_keeps_its_rows():
    text = (
        "Forsiden › Aktuelt › Klima\n\nStatus for klimaplanen\n\n"
        "Kommunestyret fikk i dag status for tiltakene i klimaplanen:\n"
        "- Ladepunkter ved rådhuset – ferdig\n- Solceller på skolen – pågår\n"
    )
    assert [(title, status) for _, title, status in rows(text, "nb")] == [
        ("Ladepunkter ved rådhuset", "completed"),
        ("Solceller på skolen", "in_progress"),
    ]


def test_a_plans_numbered_headings_with_their_status_stay_actions():
    text = "Status på projekterne:\n\n1 Ny skole i Nørreby\nProjektet er afsluttet.\n\n2 Ny hal\nByggeriet er i gang.\n"
    assert [status for *_, status in rows(text, "da")] == ["completed", "in_progress"]

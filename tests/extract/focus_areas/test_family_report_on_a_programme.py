"""A report on a programme ("Evaluering av samarbeidsavtalen med ...", "Evaluatie coalitieakkoord", "Statusrapport
for konstitueringsaftalen") is no programme: its numbered chapters are the report's own parts (status, assessment,
recommendation), not the programme's themes. The programme published as itself keeps its chapters as themes.
Documents written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.conftest import read_labels

REPORTS = [
    (
        "nb",
        "Testkommune                 Evalueringsrapport\n"
        "EVALUERING AV SAMARBEIDSAVTALEN MED ÅRE 2021–2024\n\n"
        "1. BAKGRUNN\nKommunene har samarbeidet siden 1990 og inngikk en avtale i 2021.\n\n"
        "2. STATUS FOR TILTAKENE\nTiltak 1 – Felles løype\n  Vurdering: Gjennomført.\n\n"
        "3. SAMLET VURDERING\nTo av tre tiltak er gjennomført.\n\n"
        "4. ANBEFALING\nKommunedirektøren anbefaler at avtalen fornyes.\n",
    ),
    (
        "nn",
        "Evaluering av samarbeidsavtalen 2020–2024\nTestkommune\n\n"
        "1. Innleiing\nAvtalen vart underskriven i 2020.\n\n"
        "2. Kva er gjort\nFleire av tiltaka er gjennomførte.\n\n"
        "3. Samla vurdering\nSamarbeidet har fungert godt.\n\n"
        "4. Tilråding\nAvtalen bør fornyast for fire nye år.\n",
    ),
    (
        "da",
        "Midtvejsevaluering af konstitueringsaftalen 2022-2025\n\n"
        "1. Indledning\nAftalen blev indgået efter valget i 2021.\n\n"
        "2. Status på aftalens punkter\nDe fleste punkter er gennemført.\n\n"
        "3. Samlet vurdering\nAftalen er i det store hele fulgt.\n\n"
        "4. Anbefalinger\nForvaltningen anbefaler en ny aftale.\n",
    ),
    (
        "nl",
        "Evaluatie coalitieakkoord 2022-2026\nGemeente Testdorp\n\n"
        "1. Aanleiding\nHalverwege de periode kijken we terug op het akkoord.\n\n"
        "2. Wat hebben we gedaan\nDe meeste afspraken zijn uitgevoerd.\n\n"
        "3. Beoordeling\nHet college is tevreden over de voortgang.\n\n"
        "4. Aanbevelingen\nWe stellen voor de resterende afspraken te bundelen.\n",
    ),
    (
        "nl",
        "Voortgangsrapportage bestuursakkoord 2025\n\n"
        "1. Samenvatting\nHet akkoord ligt op schema.\n\n"
        "2. Stand van zaken per afspraak\nVan de twintig afspraken zijn er twaalf afgerond.\n\n"
        "3. Knelpunten\nDe woningbouw loopt vertraging op.\n\n"
        "4. Vervolg\nIn het voorjaar volgt de volgende rapportage.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), REPORTS)
def test_the_chapters_of_a_report_on_a_programme_are_no_themes(language, text):
    assert read_labels(text, language) == []


PROGRAMMES = [
    (
        "nb",
        "Samarbeidsavtale 2023–2027\nTestkommune\n\n"
        "1. Innledning\nPartiene er enige om følgende.\n\n"
        "2. Oppvekst\nVi bygger ny skole.\n\n3. Helse\nVi styrker hjemmetjenesten.\n\n"
        "4. Næring\nVi legger til rette for nye arbeidsplasser.\n",
        ["Oppvekst", "Helse", "Næring"],
    ),
    (
        "nl",
        "Coalitieakkoord 2026-2030\nGemeente Testdorp\n\n"
        "1. Inleiding\nDit akkoord beschrijft onze plannen.\n\n"
        "2. Wonen\nWe bouwen duizend woningen.\n\n3. Zorg\nZorg blijft dichtbij.\n\n"
        "4. Economie\nWe versterken de binnenstad.\n",
        ["Wonen", "Zorg", "Economie"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PROGRAMMES)
def test_the_programme_published_as_itself_keeps_its_chapters(language, text, expected):
    assert read_labels(text, language) == expected

"""Family: a plan's table of contents without page numbers names its follow-up chapter ("5  Oppfølging",
"4 Monitoring") among the other chapters, one numbered heading under another. That entry opens no status
section: the plan's numbered themes below ("3.1 Levande bygder" ... "3.5 Natur, klima og beredskap") and the
paragraph after them ("... er det sett opp mål og strategiar.") are no actions with a status. The precision
side: the same chapter heading in the body, over its own text and numbered reports, still opens the section.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PLANS = [
    (
        "nn",
        "Fjordvik kommune\nKommuneplanen sin samfunnsdel 2026-2038\n\nInnhald\n1  Innleiing\n2  Satsingsområde\n"
        "3  Oppfølging\n\n1  Innleiing\nPlanen gjeld i tolv år.\n\n2  Satsingsområde\n"
        "Kommunestyret har valt fire satsingsområde:\n\n  2.1  Levande bygder\n  2.2  Oppvekst\n"
        "  2.3  Helse og meistring\n  2.4  Klima og beredskap\n\n"
        "Under kvart satsingsområde er det sett opp mål og strategiar.\n\n"
        "3  Oppfølging\nPlanen vert følgd opp i handlingsdelen kvart år.\n",
    ),
    (
        "nb",
        "Elvdal kommune\nKommuneplanens samfunnsdel 2026-2036\n\nInnhold\n1 Innledning\n2 Visjon\n3 Satsingsområder\n"
        "4 Oppfølging\n\n1 Innledning\nPlanen gjelder til 2036.\n\n2 Visjon\nEt godt sted å bo.\n\n"
        "3 Satsingsområder\nKommunestyret har valgt tre satsingsområder.\n\n3.1 Trygg oppvekst\n3.2 Levende sentrum\n"
        "3.3 Grønn næring\n\nFor hvert satsingsområde er det satt opp mål og strategier.\n\n"
        "4 Oppfølging\nPlanen følges opp i økonomiplanen.\n",
    ),
    (
        "da",
        "Bækby Kommune\nPlanstrategi 2026-2029\n\nIndhold\n1. Indledning\n2. Indsatsområder\n3. Opfølgning\n\n"
        "1. Indledning\nStrategien gælder i fire år.\n\n2. Indsatsområder\nByrådet har valgt tre indsatsområder.\n\n"
        "2.1 Børn og unge\n2.2 Grøn omstilling\n2.3 Sundhed\n\n"
        "For hvert indsatsområde er der sat mål op, og arbejdet er gennemført i dialog med borgerne.\n\n"
        "3. Opfølgning\nByrådet følger op hvert år.\n",
    ),
    (
        "nl",
        "Gemeente Dijkwaard\nOmgevingsvisie 2026-2040\n\nInhoud\n1 Inleiding\n2 Opgaven\n3 Monitoring\n\n"
        "1 Inleiding\nDe visie kijkt ver vooruit.\n\n2 Opgaven\nDe raad kiest drie opgaven.\n\n"
        "2.1 Wonen\n2.2 Werken\n2.3 Klimaat\n\n"
        "Voor elke opgave is een doel vastgesteld en het gesprek met inwoners is afgerond.\n\n"
        "3 Monitoring\nElk jaar volgt een rapportage.\n",
    ),
    (
        "nb",
        "Nesvik kommune\nStrategi for oppvekst 2026-2030\n\nInnhold\n1 Bakgrunn\n2 Mål\n3 Rapportering\n\n"
        "1 Bakgrunn\nStrategien er laget sammen med skolene.\n\n2 Mål\nStrategien har fire mål.\n\n"
        "2.1 Skole\n2.2 Helse\n2.3 Kultur\n2.4 Idrett\n\nAlle målene er satt opp i samarbeid med rådene.\n\n"
        "3 Rapportering\nRådmannen rapporterer hvert år.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), PLANS)
def test_a_follow_up_chapter_named_in_the_contents_opens_no_status_section(language, text):
    assert rows(text, language) == []


def test_the_follow_up_chapter_in_the_body_still_opens_the_section():
    text = (
        "Handlingsplan 2025\n\n1 Innledning\nPlanen har tre tiltak.\n\n2 Oppfølging\nHer er status for tiltakene.\n\n"
        "2.1 Ny skole i Vik\nSkolen er ferdigstilt.\n2.2 Ny idrettshall\nArbeidet er i gang.\n"
        "2.3 Nytt bibliotek\nProsjektet er ferdigstilt.\n"
    )
    expected = [("2.1", "completed"), ("2.2", "in_progress"), ("2.3", "completed")]
    assert [(r[0], r[2]) for r in rows(text, "nb")] == expected


def test_a_status_heading_next_to_an_unnumbered_line_still_opens_the_section():
    text = (
        "Klimaplan 2025\nStatus for indsatserne\n\n1.1 Solceller på skolerne\nSolcellerne er færdige og afsluttet.\n"
        "1.2 Elbiler i hjemmeplejen\nIndkøbet er i gang.\n1.3 LED-lys på vejene\nProjektet er afsluttet.\n"
    )
    expected = [("1.1", "completed"), ("1.2", "in_progress"), ("1.3", "completed")]
    assert [(r[0], r[2]) for r in rows(text, "da")] == expected

"""A plan's goals or themes carry codes of their own ("BD1 ...", "Mål A ...", "Spor 2 ...") and stand over a table or
list of its actions, coded otherwise ("1.1.1 | ... | Lopend"): the heading groups the actions, and the status read
under it is theirs, so it is no action itself. A heading over its own report, or over steps without codes, stays an
action. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

GROUPED = [
    ("nl", "Opvolgingsrapportering meerjarenplan 2026-2031\nStand van zaken op 30 juni 2026.\n\n"
           "BD1 Een veilige en bereikbare gemeente\n  Actie | Omschrijving | Status | Toelichting\n"
           "  1.1.1 | Nieuwe fietsbrug over de Nete | Lopend | Bouw gestart in mei.\n"
           "  1.1.2 | Schoolstraten in drie wijken | Gerealiseerd | Ingevoerd in maart.\n\n"
           "BD2 Een groene gemeente\n  Actie | Omschrijving | Status | Toelichting\n"
           "  2.1.1 | Aanplant van 500 bomen | Niet gestart | -\n"
           "  2.1.2 | Renovatie sporthal | Uitgesteld | Wacht op subsidie.\n",
     {"1.1.1", "1.1.2", "2.1.1", "2.1.2"}),
    ("da", "Status for handleplanen 2026\n\nIM1 Bæredygtig mobilitet\n"
           "Nr. | Handling | Status\n1.1 | Flere cykelstier i Nordby | Igangsat\n"
           "1.2 | Elbusser på rute 3 | Gennemført\n\n"
           "IM2 Grøn energi\nNr. | Handling | Status\n2.1 | Solceller på skoler | Ikke påbegyndt\n"
           "2.2 | Energirenovering af rådhuset | Gennemført\n",
     {"1.1", "1.2", "2.1", "2.2"}),
    ("nb", "Rapportering på handlingsplanen 2026\n\nHM1 Trygge oppvekstvilkår\n"
           "Tiltak | Beskrivelse | Status\n1.1 | Nytt ungdomshus | Pågår\n1.2 | Gratis SFO | Fullført\n\n"
           "HM2 Et grønt samfunn\nTiltak | Beskrivelse | Status\n2.1 | Ladestasjoner ved rådhuset | Fullført\n"
           "2.2 | Ny gang- og sykkelvei | Ikke startet\n",
     {"1.1", "1.2", "2.1", "2.2"}),
    ("nn", "Rapportering på handlingsplanen 2026\n\nHM1 Levande bygder\n"
           "Tiltak | Skildring | Status\n1.1 | Nytt grendehus i Dalen | Pågår\n1.2 | Breiband til alle | Fullført\n\n"
           "HM2 Grøn omstilling\nTiltak | Skildring | Status\n2.1 | Solceller på skulane | Ikkje starta\n"
           "2.2 | Ny gang- og sykkelveg | Fullført\n",
     {"1.1", "1.2", "2.1", "2.2"}),
    ("nl", "Voortgangsrapportage uitvoeringsagenda 2026\n\nSP1 Sterke kernen\n"
           "  A1.1 | Herinrichting marktplein | Gerealiseerd\n  A1.2 | Nieuwe bibliotheek | Loopt\n\n"
           "SP2 Duurzame economie\n  A2.1 | Zonnepark De Hoeve | Niet gestart\n  A2.2 | Warmtevisie | Gerealiseerd\n",
     {"A1.1", "A1.2", "A2.1", "A2.2"}),
]


@pytest.mark.parametrize(("language", "text", "codes"), GROUPED)
def test_a_coded_heading_over_coded_actions_is_no_action(language, text, codes):
    found = rows(text, language)
    assert {code for code, _, _ in found} == codes


def test_a_coded_heading_over_its_own_report_stays_an_action():
    text = (
        "Status for handleplanen 2026\n\nK-07 Ny brandstation i Nordby\n"
        "Byggeriet er i gang og forventes færdigt i 2027.\n\n"
        "K-08 Nye cykelstier langs Ringvejen\nProjektet er gennemført i foråret.\n"
    )
    assert rows(text, "da") == [
        ("K-07", "Ny brandstation i Nordby", "in_progress"),
        ("K-08", "Nye cykelstier langs Ringvejen", "completed"),
    ]


def test_a_coded_heading_over_uncoded_steps_stays_an_action():
    text = (
        "Voortgangsrapportage 2026\n\nA3 Nieuwe sporthal De Meent\n- aanbesteding afgerond\n- bouw gestart in april\n"
        "Status: loopt\n\nA4 Fietsroute naar het station\nStatus: gerealiseerd\n"
    )
    assert [(code, status) for code, _, status in rows(text, "nl")] == [("A3", "in_progress"), ("A4", "completed")]

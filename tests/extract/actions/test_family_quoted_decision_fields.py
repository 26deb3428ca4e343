"""Follow-up reports of political decisions where each record opens with a heading that numbers and
names the case ("1) K-sak 12/24 - Ny barneskole", "Sak PS 45/25: Nytt kulturhus") and quotes the
decision in a field ("Vedtak: Eiendommen selges."): the heading names the action and gives its case
number; the quoted decision is no title; a body before the case keyword ("K-sak", "PS-sak") is part
of the keyword."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RECORDS = [
    (
        "nb",
        "1) K-sak 12/24 - Ny barneskole på Nordby\n"
        "   Vedtak: Kommunestyret vedtok å bygge ny skole for 300 elever.\n"
        "   Ansvarlig: Kommunalsjef eiendom\n"
        "   Status: Under arbeid.\n\n"
        "2) K-sak 57/24 - Salg av gamle brannstasjon\n"
        "   Vedtak: Eiendommen selges.\n"
        "   Ansvarlig: Kommunedirektøren\n"
        "   Status: Bortfalt. Vedtaket ble opphevet.\n",
        [("12/24", "Ny barneskole på Nordby", "in_progress"), ("57/24", "Salg av gamle brannstasjon", "cancelled")],
    ),
    (
        "nb",
        "3. PS-sak 88/25 – Gratis parkering for elbiler\n"
        "Vedtak: Ordningen innføres fra 1. januar.\n"
        "Status: Ferdig.\n\n"
        "4. PS-sak 91/25 – Tiltaksplan mot ensomhet\n"
        "Vedtak: Planen utarbeides sammen med frivilligheten.\n"
        "Status: Ikke startet.\n",
        [("88/25", "Gratis parkering for elbiler", "completed"), ("91/25", "Tiltaksplan mot ensomhet", "not_started")],
    ),
    (
        "nn",
        "1) KS-sak 14/25 - Ny kai i Leirvik\n"
        "   Vedtak: Kommunestyret løyver 4 mill. kr til kaia.\n"
        "   Status: Under arbeid.\n\n"
        "2) KS-sak 30/25 - Ungdomsklubb i sentrum\n"
        "   Vedtak: Klubben vert oppretta i 2026.\n"
        "   Status: Ferdig.\n",
        [("14/25", "Ny kai i Leirvik", "in_progress"), ("30/25", "Ungdomsklubb i sentrum", "completed")],
    ),
    (
        "da",
        "1) Sag 45/25 - Ny hal i Vestby\n"
        "   Beslutning: Byrådet bevilger 12 mio. kr. til en ny hal.\n"
        "   Status: I gang.\n\n"
        "2) Sag 52/25 - Lukning af genbrugsplads\n"
        "   Beslutning: Pladsen lukkes.\n"
        "   Status: Annulleret.\n",
        [("45/25", "Ny hal i Vestby", "in_progress"), ("52/25", "Lukning af genbrugsplads", "cancelled")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECORDS)
def test_a_record_heading_names_the_action_and_the_quoted_decision_does_not(language, text, expected):
    assert rows(text, language) == expected


def test_an_empty_status_field_still_gives_the_numbered_case_its_number():
    text = (
        "5) K-sak 41/25 - Interkommunalt krisesenter\n"
        "   Vedtak: Kommunen går inn i samarbeidet.\n"
        "   Status: Ikke startet.\n\n"
        "6) K-sak 73/25 - Salg av barnehage\n"
        "   Vedtak: Eiendommen selges.\n"
        "   Status: Ferdig.\n\n"
        "7) K-sak 90/25 - Digitalt postmottak\n"
        "   Vedtak: Løsningen innføres innen utgangen av året.\n"
        "   Status:\n"
        "   Kommentar: Ingen tilbakemelding ved rapportfrist.\n"
    )
    assert [(r[0], r[1]) for r in rows(text, "nb")] == [
        ("41/25", "Interkommunalt krisesenter"),
        ("73/25", "Salg av barnehage"),
        ("90/25", "Digitalt postmottak"),
    ]


def test_a_short_title_field_still_names_its_record():
    text = "Tittel: Ny gangbru over elva\nAnsvarlig: Teknisk sjef\nStatus: Ferdig.\n"
    assert rows(text, "nb") == [(None, "Ny gangbru over elva", "completed")]


CITED = [
    (
        "nb",
        "----------------------------------------\n"
        "OPP-25-04  Ny lekeplass på Moen\n"
        "Vedtak:    KST PS 21/25, 14.05.2025\n"
        "Ansvarlig: Enhetsleder park\n"
        "Status:    Fullført\n"
        "----------------------------------------\n"
        "OPP-25-06  Felles brannvesen med nabokommunen\n"
        "Vedtak:    FSK PS 40/25, 02.06.2025: Kommunedirektøren bes utrede\n"
        "           et felles brannvesen.\n"
        "Ansvarlig: Kommunedirektøren\n"
        "Status:    Bortfalt\n",
        [
            ("OPP-25-04", "Ny lekeplass på Moen", "completed"),
            ("OPP-25-06", "Felles brannvesen med nabokommunen", "cancelled"),
        ],
    ),
    (
        "da",
        "B-2025-11  Nye skraldespande i bymidten\n"
        "Beslutning: BY 88/25, 20.05.2025\n"
        "Ansvarlig:  Vej og park\n"
        "Status:     I gang\n\n"
        "B-2025-14  Vinterbadeanlæg ved havnen\n"
        "Beslutning: ØU 91/25, 03.06.2025\n"
        "Ansvarlig:  Kultur\n"
        "Status:     Sat i bero\n",
        [
            ("B-2025-11", "Nye skraldespande i bymidten", "in_progress"),
            ("B-2025-14", "Vinterbadeanlæg ved havnen", "paused"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CITED)
def test_a_field_citing_the_decision_under_a_coded_heading_does_not_name_the_record(language, text, expected):
    assert rows(text, language) == expected


LETTERS = [
    (
        "nl",
        "Aan: de gemeenteraad\nOnderwerp: Voortgang Uitvoeringsprogramma Klimaat 2025-2028\n\nGeachte raadsleden,\n\n"
        "K1. Warmtenet De Vaart\n    Stand van zaken: afgerond, het net is in maart opgeleverd.\n"
        "K2. Ledverlichting in parken\n    Stand van zaken: loopt volgens planning.\n",
        [("K1", "Warmtenet De Vaart", "completed"), ("K2", "Ledverlichting in parken", "in_progress")],
    ),
    (
        "da",
        "Til: Byrådet\nEmne: Status på klimahandleplanen 2026\n\n"
        "H1. Solceller på rådhuset\n    Status: Gennemført.\nH2. Elbusser i bybusnettet\n    Status: I gang.\n",
        [("H1", "Solceller på rådhuset", "completed"), ("H2", "Elbusser i bybusnettet", "in_progress")],
    ),
    (
        "nb",
        "Til: Kommunestyret\nEmne: Oppfølging av klimaplanen 2026\n\n"
        "T1. Ladepunkter ved rådhuset\n    Status: Fullført.\nT2. Ny sykkelvei til Nordby\n    Status: Pågår.\n",
        [("T1", "Ladepunkter ved rådhuset", "completed"), ("T2", "Ny sykkelvei til Nordby", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LETTERS)
def test_a_coded_heading_names_the_first_record_not_the_letters_subject_field(language, text, expected):
    assert rows(text, language) == expected

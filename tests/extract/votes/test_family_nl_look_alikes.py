"""Family: Dutch sentences that look like decisions but record none (nl).

Reports, programmes and news retell what others decided ("afgewezen door het ministerie"), what the
college decided (not a council vote), a project's delay ("uitgesteld tot 2025"), a decision still to
come ("De raad besluit in juni over ...") or an earlier one ("in 2022 verworpen"); none is a row. A
news page's publication date is not the meeting's date. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

REPORT = "Gemeente Lindeveld\nJaarverslag 2023\nDatum: 15 maart 2024\n\n2. Voortgang projecten\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "De subsidieaanvraag voor de energietransitie is afgewezen door het ministerie.",
        "Het inpassingsplan is vastgesteld door Provinciale Staten.",
        "De bouwvergunning werd goedgekeurd door de provincie.",
        "Het beroep is verworpen door de Raad van State.",
        "De bijdrage uit het regiofonds is toegekend door het Rijk.",
        "Het bestemmingsplan is in maart goedgekeurd door Gedeputeerde Staten.",
    ],
)
def test_a_decision_by_another_body_is_no_row(sentence):
    assert votes(REPORT + sentence + "\n", "nl") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "De renovatie van het zwembad is uitgesteld tot 2025 vanwege hoge bouwkosten.",
        "De aanbesteding van de buitensportaccommodatie wordt verdaagd naar het najaar.",
        "De oplevering van de brug is vertraagd tot eind 2026.",
        "De start van de aanplant is uitgesteld tot het voorjaar.",
        "De verhuizing van de bibliotheek wordt verschoven naar het derde kwartaal.",
    ],
)
def test_a_projects_delay_in_a_report_is_no_postponement(sentence):
    assert votes(REPORT + sentence + "\n", "nl") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Het college heeft besloten om extra te investeren in zonnepanelen op scholen.",
        "Het college besluit de raad voor te stellen het krediet te verhogen.",
        "De raad besluit in juni over de nieuwe woonvisie.",
        "De gemeenteraad beslist naar verwachting in het najaar over de verkoop.",
        "Eerder, in 2022, werd een eerste plan nog verworpen.",
        "Het amendement dat in 2021 werd afgewezen, keert nu terug.",
    ],
)
def test_college_decisions_coming_decisions_and_earlier_rejections_are_no_row(sentence):
    assert votes(REPORT + sentence + "\n", "nl") == []


@pytest.mark.parametrize(
    "line",
    [
        "Gepubliceerd op 12 maart 2024",
        "Geplaatst op 12 maart 2024",
        "Laatst bijgewerkt: 12 maart 2024",
        "Publicatiedatum 12 maart 2024",
        "Verschenen op dinsdag 12 maart 2024",
    ],
)
def test_a_news_pages_publication_date_is_not_the_meeting_date(line):
    text = (
        "Raad stemt in met nieuwe sporthal\n"
        + line
        + "\n\nHet voorstel werd aangenomen met 19 stemmen voor en 6 tegen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.meeting_date, row.votes_for, row.votes_against, row.outcome) == (None, 19, 6, "adopted")


def test_the_same_sentences_in_minutes_are_rows():
    text = (
        "Notulen van de vergadering van de gemeenteraad, gehouden op dinsdag 9 april 2024\n\n"
        "5. Verkoop grond Kerkweg\n\nHet voorstel wordt uitgesteld tot de vergadering van mei.\n\n"
        "6. Krediet sporthal\n\nDe raad besluit het krediet te verhogen.\n"
    )
    rows = votes(text, "nl")
    assert [(r.case_number, r.outcome) for r in rows] == [("5", "postponed"), ("6", "adopted")]

"""Overview tables above full items: minutes that open with a table of the meeting's items (number, title,
result) and then give every item in full with its own decision block. The full item is the row (it carries
the body, the date and the counts); the overview's line for the same item number adds no second row. A
table whose items have no full record below stays a decision list: its rows are the decisions."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

OVERVIEW_THEN_ITEMS = [
    (
        "da",
        "Teknik- og Miljøudvalget\nMødedato: 3. marts 2026\n\nOversigt\n"
        "  Nr.  Sag                                  Resultat\n"
        "  21   Vejplan 2026                         Godkendt\n"
        "  22   Salg af grund ved Havnevej           Forkastet\n\n"
        "21. Vejplan 2026\nBeslutning: Godkendt.\n\n"
        "22. Salg af grund ved Havnevej\nBeslutning: Forslaget blev forkastet med 2 stemmer for og 5 imod.\n",
        [("21", "adopted"), ("22", "rejected")],
    ),
    (
        "da",
        "Byrådet\nReferat af mødet den 9. juni 2026\n\n"
        "Sag   Titel                                   Beslutning\n"
        "----  --------------------------------------  ----------\n"
        " 40   Godkendelse af dagsorden                Godkendt\n"
        " 41   Kommuneplantillæg 7                     Godkendt\n"
        " 42   Ældrepolitik                            Ikke vedtaget\n\n"
        "Sag 41  Kommuneplantillæg 7\nByrådet, 9. juni 2026: Godkendt med 19 stemmer mod 6.\n\n"
        "Sag 42  Ældrepolitik\nForslaget blev ikke vedtaget.\n",
        [("40", "adopted"), ("41", "adopted"), ("42", "rejected")],
    ),
    (
        "nb",
        "Formannskapet\nMøtedato: 12.05.2026\n\nSaksliste med vedtak\n"
        "Saksnr.  Tittel                          Vedtak\n"
        "31/26    Trafikksikkerhetsplan           Vedtatt\n"
        "32/26    Salg av tomt i Nordre gate      Utsatt\n\n"
        "PS 31/26 Trafikksikkerhetsplan\nVedtak: Innstillingen ble vedtatt med 7 mot 2 stemmer.\n\n"
        "PS 32/26 Salg av tomt i Nordre gate\nVedtak: Saken utsettes.\n",
        [("31/26", "adopted"), ("32/26", "postponed")],
    ),
    (
        "nn",
        "Kommunestyret\nMøtedato: 18.06.2026\n\n"
        "| Sak | Tittel | Vedtak |\n|---|---|---|\n| 44/26 | Kulturplan | Vedteke |\n"
        "| 45/26 | Skulestruktur | Vedteke |\n\n"
        "PS 44/26 Kulturplan\nVedtak: Innstillinga vart samrøystes vedteken.\n\n"
        "PS 45/26 Skulestruktur\nVedtak: Innstillinga vart vedteken med 20 mot 7 røyster.\n",
        [("44/26", "adopted"), ("45/26", "adopted")],
    ),
    (
        "nl",
        "Gemeenteraad\nvergadering van dinsdag 9 juni 2026\n\nOverzicht van de besluiten\n"
        "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n| 7 | Kadernota 2027 | Aangenomen |\n"
        "| 8 | Motie speeltuinen | Verworpen |\n\n"
        "Agendapunt 7 Kadernota 2027\nBesluit: Het voorstel is aangenomen met 20 stemmen voor en 7 tegen.\n\n"
        "Agendapunt 8 Motie speeltuinen\nBesluit: De motie is verworpen met 9 stemmen voor en 18 tegen.\n",
        [("7", "adopted"), ("8", "rejected")],
    ),
]


def _items(text: str, language: str) -> list[tuple[str, str]]:
    """Each row's item number (its case number, else the number opening its table line) and outcome."""
    rows = votes(text, language)
    return sorted(((row.case_number or (row.subject or "").split("\t")[0]), row.outcome) for row in rows)


@pytest.mark.parametrize(("language", "text", "expected"), OVERVIEW_THEN_ITEMS)
def test_an_item_recorded_in_full_below_the_overview_is_one_row(language, text, expected):
    assert _items(text, language) == expected


def test_the_full_item_gives_the_counts():
    language, text, _ = OVERVIEW_THEN_ITEMS[0]
    rows = [r for r in votes(text, language) if r.outcome == "rejected"]
    assert [(r.votes_for, r.votes_against, r.case_number) for r in rows] == [(2, 5, "22")]


TABLE_ONLY = [
    (
        "da",
        "Økonomiudvalget\nMødedato: 2. februar 2026\n\nBeslutningsprotokol\n"
        "  Nr.  Sag                                  Resultat\n"
        "  5    Budgetopfølgning                     Godkendt\n"
        "  6    Takstblad 2026                       Udsat\n",
        [("5", "adopted"), ("6", "postponed")],
    ),
    (
        "nl",
        "Gemeenteraad\nvergadering van dinsdag 9 juni 2026\n\nBesluitenlijst\n"
        "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n| 7 | Kadernota 2027 | Aangenomen |\n"
        "| 8 | Motie speeltuinen | Verworpen |\n\nAgendapunt 9 Rondvraag\nGeen vragen.\n",
        [("7", "adopted"), ("8", "rejected")],
    ),
    (
        "da",
        "Kultur- og Fritidsudvalget\nMødedato: 4. maj 2026\n\n"
        "Sag   Titel                                   Beslutning\n"
        "----  --------------------------------------  ----------\n"
        " 8    Tilskud til foreninger                  Godkendt\n"
        " 9    Hallens åbningstider                    Udsat\n\n"
        "10. Orientering om idrætsstrategien\nBeslutning: Taget til efterretning.\n",
        [("10", "noted"), ("8", "adopted"), ("9", "postponed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLE_ONLY)
def test_a_table_without_full_items_below_keeps_its_rows(language, text, expected):
    assert _items(text, language) == expected

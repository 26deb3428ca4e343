"""Family: Flemish minutes whose decision is a sentence on its own line under "Besluit" or "Artikel 1" (nl, BE).

"De gemeenteraad keurt de gewijzigde tarieven goed.", "De gemeenteraad neemt kennis van het verslag." (noted),
"De raad stelt X aan als ...": the row is the agenda point's, its title the subject, as the point's other
decision rows have it; a vote line or label row of the same point adds to that row, never a second one.
History in the motivation ("De gemeenteraad nam in zitting van ... kennis van ...") and the college's own
decisions in the background are no rows. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Heikant\nNotulen gemeenteraad\nZitting van maandag 21 oktober 2024 om 20 uur\n\nOPENBARE ZITTING\n\n"


@pytest.mark.parametrize(
    ("item", "decision", "outcome"),
    [
        (
            "5. Retributiereglement parkeren – wijziging",
            "Besluit\nArtikel 1\nDe gemeenteraad keurt de gewijzigde tarieven goed.\n"
            "Artikel 2\nDit besluit treedt in werking op 1 januari 2025.",
            "adopted",
        ),
        (
            "5. Belastingreglement op tweede verblijven",
            "BESLUIT\n\nDe gemeenteraad stelt het belastingreglement vast voor de aanslagjaren 2025 tot en met 2031.",
            "adopted",
        ),
        (
            "5. Aanstelling algemeen directeur",
            "Besluit\nEnig artikel\nDe raad stelt mevrouw Els Peeters aan als algemeen directeur.",
            "adopted",
        ),
        (
            "5. Jaarverslag 2023 van de bibliotheek",
            "Besluit\nDe gemeenteraad neemt kennis van het jaarverslag 2023 van de bibliotheek.",
            "noted",
        ),
        (
            "5. Aanduiding vertegenwoordiger Farys",
            "Besluit:\nArtikel 1:\nDe gemeenteraad duidt schepen Tom Claes aan als vertegenwoordiger\n"
            "in de algemene vergadering van Farys.",
            "adopted",
        ),
        (
            "5. Rooilijnplan Molenweg – definitieve vaststelling",
            "Besluit\n\nArtikel 1\n\nDe gemeenteraad beslist het rooilijnplan definitief vast te stellen.",
            "adopted",
        ),
        (
            "5. Samenwerkingsovereenkomst sportclubs",
            "Besluit\nArtikel 1\nDe gemeenteraad hecht zijn goedkeuring aan de samenwerkingsovereenkomst.",
            "adopted",
        ),
    ],
)
def test_a_decision_sentence_on_its_own_line_is_about_the_agenda_point(item, decision, outcome):
    (row,) = votes(HEAD + item + "\n\n" + decision + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("5", item[3:], outcome)
    assert (row.meeting_date, row.body, row.unanimous) == ("2024-10-21", "gemeenteraad", None)


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("Besluit\nDe gemeenteraad neemt kennis van het verslag en keurt de aanbevelingen goed.", "adopted"),
        ("Besluit\nArtikel 1\nDe gemeenteraad neemt akte van het ontslag van raadslid Jan Peeters.", "noted"),
        ("Besluit\nArtikel 1\nDe gemeenteraad verleent goedkeuring aan het jaarverslag.", "adopted"),
        ("Besluit\nArtikel 1\nDe gemeenteraad beslist het jaarverslag niet goed te keuren.", "rejected"),
        ("Besluit\nArtikel 1\nDe gemeenteraad verdaagt de bespreking naar de volgende zitting.", "postponed"),
        ("Besluit\nArtikel 1\nDe gemeenteraad houdt de bespreking aan tot de zitting van december.", "postponed"),
        (
            "Besluit\nDe gemeenteraad beslist:\nArtikel 1\nDe gemeenteraad keurt het jaarverslag goed.\n"
            "Artikel 2\nDe gemeenteraad belast het college met de uitvoering.",
            "adopted",
        ),
    ],
)
def test_the_outcome_follows_the_sentence_and_the_subject_is_the_point(decision, outcome):
    (row,) = votes(HEAD + "5. Jaarverslag adviesraad\n\n" + decision + "\n", "nl")
    assert (row.subject, row.outcome) == ("Jaarverslag adviesraad", outcome)


def test_the_councils_name_leading_in_to_the_articles_is_no_row():
    text = (
        HEAD
        + "5. Jaarverslag adviesraad\n\nBesluit\n\nDe gemeenteraad,\n\n"
        + "Artikel 1: De gemeenteraad keurt het jaarverslag goed.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.subject, row.outcome) == ("De gemeenteraad keurt het jaarverslag goed", "adopted")


@pytest.mark.parametrize(
    ("decision", "unanimous", "counts"),
    [
        (
            "Besluit\nArtikel 1\nDe gemeenteraad keurt de tarieven goed.\n\n"
            "Stemming: goedgekeurd met 17 stemmen voor en 6 stemmen tegen.",
            False,
            (17, 6),
        ),
        ("Stemming: Eenparig goedgekeurd.\n\nBesluit\nArtikel 1\nDe gemeenteraad keurt de tarieven goed.", True, None),
        ("Beslissing: goedgekeurd\n\nBesluit\n\nArtikel 1\nDe gemeenteraad keurt de tarieven goed.", None, None),
        (
            "Besluit\nDe gemeenteraad keurt de tarieven goed.\nBeslissing: goedgekeurd met eenparigheid van stemmen.",
            True,
            None,
        ),
        ("Besluit: goedgekeurd.\nBesluit\nDe gemeenteraad keurt de tarieven goed.", None, None),
    ],
)
def test_a_label_row_and_the_sentence_of_the_same_point_are_one_row(decision, unanimous, counts):
    (row,) = votes(HEAD + "5. Tarieven parkeren\n" + decision + "\n", "nl")
    assert (row.subject, row.outcome, row.unanimous) == ("Tarieven parkeren", "adopted", unanimous)
    if counts:
        assert (row.votes_for, row.votes_against) == counts


@pytest.mark.parametrize(
    "background",
    [
        "Motivering\nDe gemeenteraad nam in zitting van 12 maart 2023 kennis van het parkeerplan.",
        "Feiten en context\nHet college keurde op 3 september 2024 het ontwerp van reglement goed.",
        "Argumentatie\nHet college keurt de verdeling van de subsidies goed.",
        "Juridische grond\nDe gemeenteraad stelde op 16 december 2019 het reglement vast.",
        "Motivering\nDe gemeenteraad keurde in 2021 de samenwerkingsovereenkomst goed.",
    ],
)
def test_history_and_the_colleges_decisions_in_the_background_are_no_rows(background):
    text = HEAD + "5. Retributiereglement parkeren – wijziging\n\n" + background + "\n"
    assert votes(text, "nl") == []
    (row,) = votes(text + "\nBesluit\nArtikel 1\nDe gemeenteraad keurt de gewijzigde tarieven goed.\n", "nl")
    assert row.subject == "Retributiereglement parkeren – wijziging"

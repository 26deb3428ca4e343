"""Family: Dutch and Flemish decision blocks and the vote recorded beside them (nl).

A "Besluit:" block states the decision as a sentence and a "Stemming:" line records the vote on it:
one row, about the block's sentence. A Flemish decision opens with "De gemeenteraad," and its grounds
("Gelet op ...;") before "Besluit:" and its articles ("Artikel 1:", "Enig artikel:"): the lead-in is
not the subject, the first article is (the item's title when it has one and the articles stand under a lone
label). A vote line above the article it votes on is one row with it.
Amounts with thousands separators ("€ 640.000") and initials ("J. Pieters") do not end a sentence.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Scheldeoord\nNotulen gemeenteraad\nZitting van maandag 27 mei 2024\n\n"
LIST = "Besluitenlijst van de openbare raadsvergadering van de gemeenteraad, 3 oktober 2024\n\n"


@pytest.mark.parametrize(
    ("decision", "vote", "unanimous"),
    [
        (
            "De raad benoemt mevrouw J. Pieters tot lid van de rekenkamercommissie.",
            "Stemming: unaniem aangenomen",
            True,
        ),
        (
            "De gemeenteraad stelt de tarieven voor het parkeren vast.",
            "Stemming: met algemene stemmen aangenomen",
            True,
        ),
        ("De raad verleent de gevraagde garantie aan de woningcorporatie.", "Stemming: aangenomen", None),
        ("De gemeenteraad keurt de samenwerkingsovereenkomst met de regio goed.", "Uitslag: unaniem aangenomen.", True),
        (
            "De raad stelt de nota reserves en voorzieningen 2025 vast.",
            "Stemming: aangenomen met 20 stemmen voor en 7 tegen",
            False,
        ),
    ],
)
def test_a_vote_line_under_a_stated_decision_is_about_that_sentence(decision, vote, unanimous):
    text = (
        LIST + "Agendapunt 11\nOnderwerp: Besluitvorming over het voorstel\nBesluit: " + decision + "\n" + vote + "\n"
    )
    (row,) = votes(text, "nl")
    assert (row.subject, row.outcome, row.unanimous) == (decision.rstrip("."), "adopted", unanimous)


@pytest.mark.parametrize(
    ("title", "article"),
    [
        ("5. Meerjarenplan 2020-2025 - aanpassing nr. 7", "De gemeenteraad keurt de aanpassing nr. 7 goed."),
        ("6. Retributiereglement markten - wijziging", "De gemeenteraad keurt de wijziging van het reglement goed."),
        (
            "7. Politiezone - dotatie 2025",
            "De gemeenteraad stelt de dotatie aan de politiezone vast op 1.250.000 euro.",
        ),
        (
            "8. Rooilijnplan Kerkweg - definitieve vaststelling",
            "Het rooilijnplan Kerkweg wordt definitief vastgesteld.",
        ),
        ("9. Subsidiereglement jeugdwerk", "Het subsidiereglement jeugdwerk wordt goedgekeurd."),
    ],
)
def test_a_flemish_lead_in_is_not_the_subject(title, article):
    text = (
        HEAD + title + "\n\nDe gemeenteraad,\nGelet op het decreet over het lokaal bestuur;\n"
        "Overwegende dat de aanpassing noodzakelijk is;\n"
        "Besluit: met 16 stemmen voor (CD&V, Open Vld), 7 stemmen tegen (N-VA, Vlaams Belang) en 1 onthouding (Groen)\n"
        "Artikel 1: " + article + "\nArtikel 2: Dit besluit wordt bezorgd aan de toezichthoudende overheid.\n"
    )
    (row,) = votes(text, "nl")
    assert row.subject == article.rstrip(".")  # the first article, not the lead-in nor "Dit besluit wordt ..."
    assert (row.votes_for, row.votes_against, row.unanimous, row.outcome) == (16, 7, False, "adopted")


@pytest.mark.parametrize(
    ("record", "article", "unanimous", "counts"),
    [
        (
            "Besluit: Met algemeenheid van stemmen.",
            "Enig artikel: De gemeenteraad beslist toe te treden tot de vereniging Veneco.",
            True,
            (None, 0),
        ),
        (
            "Besluit: eenparig.",
            "Enig artikel: De gemeenteraad beslist de overeenkomst met de school te verlengen.",
            True,
            (None, 0),
        ),
        (
            "Stemming: met eenparigheid van stemmen",
            "Artikel 1: De gemeenteraad beslist de erfpacht te verlengen.",
            True,
            (None, 0),
        ),
        (
            "Besluit: met 18 stemmen voor en 5 stemmen tegen.",
            "Artikel 1: De gemeenteraad beslist het reglement op te heffen.",
            False,
            (18, 5),
        ),
        (
            "Besluit: unaniem.",
            "Enig artikel: De gemeenteraad besluit de opdracht te gunnen aan de laagste bieder.",
            True,
            (None, 0),
        ),
    ],
)
def test_a_vote_line_above_its_article_is_one_row_with_it(record, article, unanimous, counts):
    (row,) = votes(HEAD + "6. Toetreding vereniging\n\n" + record + "\n" + article + "\n", "nl")
    assert (row.subject, row.unanimous, (row.votes_for, row.votes_against)) == (
        article.split(": ", 1)[1].rstrip("."),
        unanimous,
        counts,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad besluit een krediet van € 640.000 beschikbaar te stellen voor twee kunstgrasvelden.",
        "De gemeenteraad besluit 1.250.000 euro toe te kennen aan de politiezone.",
        "De raad besluit mevrouw J. Pieters te benoemen tot lid van de rekenkamercommissie.",
        "De raad besluit de heer A.B. de Vries toe te laten als raadslid.",
        "De gemeenteraad besluit het budget met € 12.500 te verhogen.",
    ],
)
def test_amounts_and_initials_do_not_cut_the_decision_sentence(sentence):
    (row,) = votes(LIST + "Agendapunt 5 Krediet\n\nBesluit: " + sentence + "\n", "nl")
    assert row.subject == sentence.rstrip(".")


@pytest.mark.parametrize(
    ("lines", "unanimous"),
    [
        ("Stemuitslag: 92% voor\nVoor: CDA, VVD, PvdA\nTegen: PVV", False),
        ("Stemuitslag: 85% voor\nTegen: SP en PVV", False),
        ("Stemuitslag: 100% voor", True),
        ("Uitslag: 70% voor", False),
        ("Stemuitslag: 96% voor\nTegen: Partij voor de Dieren", False),
    ],
)
def test_a_percentage_result_under_a_decision_sentence(lines, unanimous):
    text = LIST + "Agendapunt 10\nOnderwerp: Huisvestingsplan onderwijs\n"
    text += "Besluit: De gemeenteraad stelt het huisvestingsplan onderwijs vast.\n" + lines + "\n"
    (row,) = votes(text, "nl")
    assert (row.subject, row.unanimous) == ("De gemeenteraad stelt het huisvestingsplan onderwijs vast.", unanimous)


@pytest.mark.parametrize(
    "article",
    [
        "Artikel 1. De gemeenteraad hecht zijn goedkeuring aan de aankoop van het perceel aan de Molenstraat.",
        "Artikel 1: De gemeenteraad keurt de overeenkomst met de sportclub goed.",
        "Art. 1. De gemeenteraad stelt de rooilijn van de Kerkweg definitief vast.",
        "Enig artikel: De gemeenteraad beslist de erfpacht met tien jaar te verlengen.",
        "Artikel 1 - De gemeenteraad verleent een gunstig advies over de begrotingswijziging.",
    ],
)
def test_a_decision_written_as_articles_is_about_its_first_article(article):
    """An item without a title: the first article's sentence, without its label (with a title the row is about
    the title: test_family_article_lines_under_decision_labels)."""
    text = HEAD + "3.\n\nBesluit\n" + article + "\nArtikel 2. Het college wordt belast met de uitvoering.\n"
    (row,) = votes(text, "nl")
    assert row.subject.startswith("De gemeenteraad ")

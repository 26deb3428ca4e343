"""Family: which sentence a Dutch/Flemish decision is about, and lines that decide nothing (nl).

A Flemish decision under a numbered item heading is about its decision sentence when a label with a colon opens
that sentence's line ("Artikel 1: De gemeenteraad stelt ... vast"), about the item when the sentence stands on its
own line under a lone label. Procedural lines under a decision label (opening, speaking turns) give no row; a vote
line naming nothing is about the decision sentence above; a written ballot with every vote for the candidate is
unanimous. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

FLEMISH = "Gemeente Oosterveld\nNotulen gemeenteraad\nZitting van maandag 16 september 2024 om 20.00 uur\n\n"
DUTCH = "Gemeenteraad\n\nBesluitenlijst van de raadsvergadering van dinsdag 9 april 2024\n\n"


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "3. Jaarrekening 2024 – vaststelling\n"
            "\n"
            "Motivering\n"
            "De jaarrekening werd opgemaakt door de financieel directeur.\n"
            "\n"
            "Besluit\n"
            "Artikel 1\n"
            "De gemeenteraad stelt de jaarrekening 2024 van de gemeente vast.\n"
            "Artikel 2\n"
            "Een afschrift wordt bezorgd aan de toezichthoudende overheid.\n",
            "Jaarrekening 2024 – vaststelling",
        ),
        (
            "9. Subsidiereglement jeugdverenigingen – goedkeuring\n"
            "\n"
            "BESLUIT:\n"
            "Artikel 1: De gemeenteraad keurt het subsidiereglement voor jeugdverenigingen goed.\n"
            "Artikel 2: Dit besluit treedt in werking op 1 januari 2025.\n",
            "De gemeenteraad keurt het subsidiereglement voor jeugdverenigingen goed",
        ),
        (
            "4. Retributiereglement – verlenging\n"
            "\n"
            "Besluit\n"
            "Artikel 1. De gemeenteraad verleent zijn goedkeuring aan de verlenging van het "
            "retributiereglement.\n",
            "Retributiereglement – verlenging",
        ),
        (
            "7. Budgetwijziging 2024/2 – vaststelling\n"
            "\n"
            "Besluit\n"
            "Enig artikel\n"
            "De OCMW-raad stelt de budgetwijziging 2024/2 vast.\n",
            "Budgetwijziging 2024/2 – vaststelling",
        ),
        (
            "15. Rooilijnplan Veldstraat\n"
            "\n"
            "Besluit\n"
            "Artikel 1\n"
            "De gemeenteraad beslist het rooilijnplan voorlopig vast te stellen.\n",
            "Rooilijnplan Veldstraat",
        ),
        (
            "2024_GR_00031 - Jaarrekening 2024 - vaststelling\nBesluit\nArtikel 1:\n"
            "De gemeenteraad stelt de jaarrekening 2024 vast.\nStemming\n"
            "Aantal stemmen ja: 20\nAantal stemmen nee: 5\n",
            "Jaarrekening 2024 - vaststelling",
        ),
    ],
)
def test_a_flemish_decision_under_a_numbered_item_is_about_its_labelled_sentence_or_the_item(body, subject):
    (row,) = votes(FLEMISH + body, "nl")
    assert row.subject.rstrip(".") == subject


@pytest.mark.parametrize(
    "body",
    [
        "1. Opening\n\nBesluit\nDe voorzitter opent de vergadering en heet de aanwezigen welkom.\n",
        "1. Opening\n\nBesluit\nDe burgemeester opent de vergadering om 19.30 uur.\n",
        "1. Opening\n\nBesluit\nDe vergadering wordt om 20.00 uur geopend.\n",
        "5. Spreekrecht\n"
        "\n"
        "Besluit\n"
        "De volgende drie personen maken van het spreekrecht gebruik: mevrouw A. Smit namens de "
        "buurtvereniging; de heer B. Kok.\n",
        "5. Inspreken\n\nBesluit\nEr wordt ingesproken door de heer C. Jansen namens de ondernemersvereniging.\n",
        "12. Sluiting\n\nBesluit\nDe voorzitter sluit de vergadering om 22.40 uur.\n",
    ],
)
def test_procedural_lines_under_a_decision_label_give_no_row(body):
    assert votes(DUTCH + body, "nl") == []


def test_a_decision_about_the_speaking_rules_is_still_a_decision():
    body = (
        "6. Reglement van orde\n"
        "\n"
        "Besluit\n"
        "De raad besluit het reglement van orde op het punt van het spreekrecht te wijzigen.\n"
    )
    (row,) = votes(DUTCH + body, "nl")
    assert row.outcome == "adopted"


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "6. Samenwerkingsovereenkomst politiezone\nDe gemeenteraad keurt de overeenkomst goed.\n"
            "Met algemeenheid van stemmen\n",
            "De gemeenteraad keurt de overeenkomst goed",
        ),
        (
            "8. Tariefreglement bibliotheek\nDe raad stelt het tariefreglement vast.\nMet eenparigheid van stemmen.\n",
            "De raad stelt het tariefreglement vast",
        ),
        (
            "Agendapunt 9 Nota reserves\nDe gemeenteraad besluit de nota reserves en voorzieningen vast te stellen.\n"
            "Unaniem aangenomen.\n",
            "De gemeenteraad besluit de nota reserves en voorzieningen vast te stellen",
        ),
        (
            "Agendapunt 4 Benoeming\nDe raad benoemt de heer P. Smit tot plaatsvervangend griffier.\n"
            "Met algemene stemmen aangenomen.\n",
            "De raad benoemt de heer P. Smit tot plaatsvervangend griffier",
        ),
        (
            "11. Gemeentelijke administratieve sancties\nDe gemeenteraad verleent goedkeuring aan het protocol.\n"
            "Stemming: eenparig\n",
            "De gemeenteraad verleent goedkeuring aan het protocol",
        ),
    ],
)
def test_a_vote_line_naming_nothing_is_about_the_decision_sentence_above(body, subject):
    (row,) = votes(FLEMISH + body, "nl")
    assert (row.subject, row.unanimous) == (subject, True)


@pytest.mark.parametrize(
    "body",
    [
        "6. Samenwerkingsovereenkomst\nDe schepen licht het dossier toe.\nMet eenparigheid van stemmen.\n",
        "Agendapunt 9 Nota reserves\nRaadslid Peeters stelt een vraag over de reserves.\nUnaniem aangenomen.\n",
    ],
)
def test_a_sentence_that_decides_nothing_is_not_the_subject(body):
    (row,) = votes(FLEMISH + body, "nl")
    assert row.subject in ("Samenwerkingsovereenkomst", "Nota reserves")


@pytest.mark.parametrize(
    ("body", "votes_for", "unanimous"),
    [
        (
            "Agendapunt 7 Benoeming lid rekenkamercommissie\nBij schriftelijke stemming worden 21 stembriefjes "
            "ingeleverd. Op mevrouw T. Hendriks zijn 21 stemmen uitgebracht. Mevrouw Hendriks is benoemd.\n",
            21,
            True,
        ),
        (
            "Agendapunt 4 Benoeming wethouder\nEr zijn 27 stembriefjes ingeleverd, waarvan 27 geldig. "
            "Op de heer P. de Wit zijn 27 stemmen uitgebracht. De heer De Wit is benoemd tot wethouder.\n",
            27,
            True,
        ),
        (
            "Agendapunt 5 Benoeming griffier\nBij de stemming zijn 31 stembriefjes ingeleverd; alle 31 stemmen zijn "
            "uitgebracht op mevrouw L. Peters. Mevrouw Peters is benoemd.\n",
            31,
            True,
        ),
        (
            "Agendapunt 6 Benoeming commissielid\n"
            "De heer K. Visser wordt met 23 van de 23 uitgebrachte stemmen benoemd.\n",
            23,
            True,
        ),
        (
            "Agendapunt 8 Benoeming wethouder\nEr zijn 29 stembriefjes ingeleverd. Op de heer A. Bos zijn 25 stemmen "
            "uitgebracht, 4 stembriefjes waren blanco. De heer Bos is benoemd.\n",
            25,
            None,
        ),
        (
            "Agendapunt 9 Benoeming commissielid\n"
            "Mevrouw R. Kok wordt met 19 van de 23 uitgebrachte stemmen benoemd.\n",
            19,
            None,
        ),
    ],
)
def test_a_written_ballot_with_every_vote_for_the_candidate_is_unanimous(body, votes_for, unanimous):
    (row,) = votes(DUTCH + body, "nl")
    assert (row.outcome, row.votes_for, row.unanimous) == ("adopted", votes_for, unanimous)
    assert row.votes_against == (0 if unanimous else None)

"""Family: the vote of a decision stated on a line of its own, and vote pages with one line per party (nl).

Unanimity stated by a separate line ("Met eenparigheid van stemmen.", "Unaniem", "Met algemeenheid van
stemmen", "Goedgekeurd met 27 stemmen voor.", "Aangenomen zonder stemming.") belongs to the decision above;
per-party lines ("VVD: voor", "PVV – tegen", "CDA (4) tegen", "CD&V (9): ja") are counted per party, keyed as
written, and a party line without its number leaves the count unknown. A Flemish decision under a numbered
item heading is about its decision sentence when a label with a colon opens that sentence's line ("Artikel 1:
De gemeenteraad stelt ... vast"), about the item when the sentence stands on its own line under a lone label,
also after an article number ("Artikel 1. De gemeenteraad ...": test_family_article_lines_under_decision_labels).
Procedural lines under a decision label (opening, speaking turns) give no row.
All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

FLEMISH = "Gemeente Oosterveld\nNotulen gemeenteraad\nZitting van maandag 16 september 2024 om 20.00 uur\n\n"
DUTCH = "Gemeenteraad\n\nBesluitenlijst van de raadsvergadering van dinsdag 9 april 2024\n\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            FLEMISH,
            "5. Reglement begraafplaatsen\n"
            "\n"
            "Besluit\n"
            "Artikel 1\n"
            "De gemeenteraad keurt het reglement goed.\n"
            "\n"
            "Met eenparigheid van stemmen.\n",
        ),
        (
            FLEMISH,
            "6. Samenwerkingsovereenkomst politiezone\n"
            "\n"
            "De gemeenteraad keurt de overeenkomst goed.\n"
            "Met algemeenheid van stemmen\n",
        ),
        (
            FLEMISH,
            "8. Vertegenwoordiger algemene vergadering\n"
            "\n"
            "Besluit\n"
            "De gemeenteraad duidt raadslid Jan Peeters aan.\n"
            "\n"
            "Stemming\n"
            "Aantal stemmen ja: 25\n"
            "Aantal stemmen nee: 0\n"
            "Aantal onthoudingen: 0\n",
        ),
        (
            FLEMISH,
            "11. Aankoop perceel Kerkstraat\n"
            "\n"
            "Besluit\n"
            "Enig artikel\n"
            "De gemeenteraad hecht zijn goedkeuring aan de aankoop.\n"
            "Stemming: eenparig\n",
        ),
        (
            FLEMISH,
            "3. Notulen vorige zitting\n"
            "\n"
            "De notulen van de zitting van 19 augustus 2024 worden goedgekeurd.\n"
            "Unaniem.\n",
        ),
        (DUTCH, "Agendapunt 4 Besluitenlijst 12 maart 2024\n\nBesluit: vastgesteld\nUnaniem\n"),
        (DUTCH, "Agendapunt 5 Benoeming lid rekenkamercommissie\n\nGoedgekeurd met 27 stemmen voor.\n"),
        (DUTCH, "Agendapunt 12 Motie M3 Zwerfafval\n\nStemming: unaniem aangenomen\n"),
        (
            DUTCH,
            "Agendapunt 13 Rekenkamerrapport\n"
            "\n"
            "De raad besluit de aanbevelingen over te nemen.\n"
            "Met algemene stemmen aangenomen.\n",
        ),
    ],
)
def test_a_separate_unanimity_line_makes_the_decision_unanimous(head, body):
    (row,) = votes(head + body, "nl")
    assert (row.outcome, row.unanimous, row.votes_against, row.against_parties) == ("adopted", True, 0, None)


@pytest.mark.parametrize(
    "body",
    [
        "Agendapunt 7 Legesverordening 2025\n\nBesluit: De legesverordening 2025 is vastgesteld.\n"
        "Aangenomen zonder stemming.\n",
        "4. Grondexploitatie Molenwijk\n\nBesluit: conform voorstel.\nZonder stemming aangenomen.\n",
        "Agendapunt 9 Bestemmingsplan Oude Haven\n\nBesluit: Het bestemmingsplan is vastgesteld.\n"
        "Zonder beraadslaging en zonder stemming aangenomen.\n",
        "11. Verordening jeugdhulp 2026\n\nDe raad besluit de verordening jeugdhulp 2026 vast te stellen.\n"
        "Vastgesteld zonder stemming.\n",
        "Punt 6 Kadernota 2027\n\nBesluit: De kadernota 2027 wordt vastgesteld.\nZonder stemming vastgesteld.\n",
    ],
)
def test_a_line_saying_no_vote_was_held_joins_the_decision_and_states_no_unanimity(body):
    (row,) = votes(DUTCH + body, "nl")
    assert (row.outcome, row.unanimous, row.votes_for, row.votes_against) == ("adopted", None, None, None)


@pytest.mark.parametrize(
    "line",
    [
        "Goedgekeurd met 27 stemmen voor en 3 stemmen tegen.",
        "Het amendement wordt zonder hoofdelijke stemming verworpen met 6 stemmen voor en 15 tegen.",
        "Aangenomen met 27 stemmen voor (VVD, CDA) en 2 tegen (PVV).",
    ],
)
def test_counted_against_is_never_unanimous(line):
    (row,) = votes(DUTCH + "Agendapunt 5 Raadsvoorstel\n\n" + line + "\n", "nl")
    assert row.unanimous is False and row.votes_against > 0


@pytest.mark.parametrize(
    ("body", "outcome", "votes_for", "votes_against", "against"),
    [
        (
            "Agendapunt 8 Raadsvoorstel Omgevingsvisie\n"
            "\n"
            "Het voorstel is aangenomen.\n"
            "VVD (6) voor\n"
            "CDA (4) tegen\n"
            "SP (2) tegen\n"
            "D66 (5) voor\n",
            "adopted",
            11,
            6,
            {"CDA": 4, "SP": 2},
        ),
        (
            "Agendapunt 9 Motie M4 Fietspaden\n"
            "\n"
            "De motie is verworpen.\n"
            "GroenLinks (5): voor\n"
            "PvdA (3): voor\n"
            "VVD (8): tegen\n"
            "CDA (6): tegen\n",
            "rejected",
            8,
            14,
            {"VVD": 8, "CDA": 6},
        ),
        (
            "Agendapunt 10 Amendement A3\n"
            "\n"
            "Het amendement is aangenomen.\n"
            "VVD | 7 | voor\n"
            "D66 | 4 | voor\n"
            "PVV | 3 | tegen\n",
            "adopted",
            11,
            3,
            {"PVV": 3},
        ),
        (
            "10. Reglement op de terrassen\n"
            "\n"
            "De gemeenteraad keurt het reglement goed.\n"
            "Stemming:\n"
            "CD&V (9): ja\n"
            "N-VA (6): nee\n"
            "Vooruit (3): ja\n"
            "Vlaams Belang (2): nee\n",
            "adopted",
            12,
            8,
            {"N-VA": 6, "Vlaams Belang": 2},
        ),
        (
            "14. Subsidiereglement sport\n"
            "\n"
            "De gemeenteraad keurt het subsidiereglement goed.\n"
            "Stemming\n"
            "N-VA (11) – ja\n"
            "CD&V (5) – ja\n"
            "Groen (4) – neen\n"
            "Vooruit (3) – onthouding\n",
            "adopted",
            16,
            4,
            {"Groen": 4},
        ),
    ],
)
def test_party_lines_with_seats_are_counted_per_party(body, outcome, votes_for, votes_against, against):
    head = FLEMISH if body[0].isdigit() else DUTCH
    (row,) = votes(head + body, "nl")
    assert (row.outcome, row.unanimous, row.votes_against, json.loads(row.against_parties)) == (
        outcome,
        False,
        votes_against,
        against,
    )
    assert row.votes_for == votes_for


@pytest.mark.parametrize(
    "lines",
    [
        "VVD: voor\nCDA: voor\nPVV: tegen\nGroenLinks: tegen\nD66: tegen\n",
        "VVD – voor\nPVV – tegen\nSP – tegen\nCDA – voor\n",
        "N-VA: ja\nCD&V: ja\nVlaams Belang: nee\nGroen: onthouding\n",
        "Vooruit - ja\nOpen Vld - ja\nPVDA - neen\n",
        "ChristenUnie: voor\nSGP: voor\nPvdD: tegen\n",
    ],
)
def test_party_lines_without_seats_say_who_voted_against_but_not_how_many(lines):
    (row,) = votes(DUTCH + "Agendapunt 6 Motie M1 Parkeren\n\nDe motie is aangenomen.\n" + lines, "nl")
    assert (row.unanimous, row.votes_against, row.against_parties) == (False, None, None)


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

"""Family: one agenda point, one vote per subject, each under a label line naming its subject (nl, BE).

Flemish minutes vote on an amendment and then on the draft decision inside one point: "Stemmingen over
het amendement" / counts / "Stemmingen over het ontwerpbesluit" / counts / "Besluit". Each label ends the
vote above it and names what the counts below it are about: the amendment named above (with its mover),
or the draft decision (its first sentence under "Besluit", else the point's title; the title too when the
decision is written as articles under a lone "Besluit" label). All sentences are
written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Oosterveld\nNotulen gemeenteraad\nZitting van maandag 27 januari 2025 om 20.00 uur\n\n"

AMENDMENT_THEN_DECISION = [
    (  # counts per option, an outcome sentence under the amendment's counts, a Besluit below
        "2. 2025_GR_00032 - Retributiereglement sporthal - wijziging\n\n"
        "Amendement ingediend door raadslid An Peeters (Groen): de tarieven voor jeugdclubs blijven ongewijzigd.\n"
        "Stemmingen over het amendement\n"
        "Aantal stemmen ja: 6 (4 Groen, 2 Vooruit)\n"
        "Aantal stemmen nee: 17\n"
        "Het amendement wordt verworpen.\n"
        "Stemmingen over het ontwerpbesluit\n"
        "Aantal stemmen ja: 17\n"
        "Aantal stemmen nee: 6 (4 Groen, 2 Vooruit)\n"
        "Besluit\n"
        "Artikel 1: De gemeenteraad keurt het gewijzigde retributiereglement goed.\n",
        ("An Peeters", "Groen", "rejected", 6, 17),
        ("De gemeenteraad keurt het gewijzigde retributiereglement goed", "adopted", 17, 6, {"Groen": 4, "Vooruit": 2}),
    ),
    (  # the short shape: an outcome with its counts under each label, no Besluit: the title
        "3. Subsidiereglement voor jeugdverenigingen\n\n"
        "Amendement van raadslid Jan Claes (Vooruit): het subsidiebedrag wordt verhoogd tot 500 euro.\n"
        "Stemming op het amendement\n"
        "Verworpen met 10 stemmen voor en 24 stemmen tegen.\n"
        "Stemming op het ontwerpbesluit\n"
        "Goedgekeurd met 24 stemmen voor en 10 stemmen tegen.\n",
        ("Jan Claes", "Vooruit", "rejected", 10, 24),
        ("Subsidiereglement voor jeugdverenigingen", "adopted", 24, 10, None),
    ),
    (  # counts alone under each label, labels with a colon, "ontwerp van besluit"
        "5. Verkeersreglement schoolomgeving Kerkstraat\n\n"
        "Amendement ingediend door raadslid Els Maes (N-VA): de zone geldt ook op woensdagnamiddag.\n\n"
        "Stemming over het amendement:\n"
        "Aantal stemmen ja: 9\n"
        "Aantal stemmen nee: 20 (20 CD&V)\n\n"
        "Stemming over het ontwerp van besluit:\n"
        "Aantal stemmen ja: 20\n"
        "Aantal stemmen nee: 9 (9 N-VA)\n\n"
        "Besluit\n"
        "Artikel 1. De gemeenteraad stelt het aanvullend verkeersreglement voor de Kerkstraat vast.\n",
        ("Els Maes", "N-VA", "rejected", 9, 20),
        (
            "Verkeersreglement schoolomgeving Kerkstraat",
            "adopted",
            20,
            9,
            {"N-VA": 9},
        ),
    ),
    (  # the amendment carried; the amended draft decision then voted on; bold labels
        "8. Reglement buurtbudgetten\n\n"
        "Amendement ingediend door raadslid Tom Wouters (CD&V): het budget per buurt bedraagt 2.000 euro.\n"
        "**Stemming over het amendement**\n"
        "Goedgekeurd met 18 stemmen voor en 11 stemmen tegen.\n"
        "**Stemming over het geamendeerde ontwerpbesluit**\n"
        "Goedgekeurd met 25 stemmen voor en 4 stemmen tegen.\n",
        ("Tom Wouters", "CD&V", "adopted", 18, 11),
        ("Reglement buurtbudgetten", "adopted", 25, 4, None),
    ),
    (  # plural labels, counts per option with a party bracket, a Besluit in several articles
        "11. 2024_GR_00410 - Politiereglement evenementen - aanpassing\n\n"
        "Amendement ingediend door raadslid Lotte Jacobs (Vlaams Belang): de sluitingsuren worden vervroegd.\n"
        "Stemmingen over het amendement\n"
        "Aantal stemmen ja: 3 (3 Vlaams Belang)\n"
        "Aantal stemmen nee: 26\n"
        "Aantal onthoudingen: 2\n"
        "Stemmingen over het ontwerpbesluit\n"
        "Aantal stemmen ja: 26\n"
        "Aantal stemmen nee: 3 (3 Vlaams Belang)\n"
        "Aantal onthoudingen: 2\n"
        "Besluit\n"
        "Artikel 1: De gemeenteraad keurt de aanpassing van het politiereglement goed.\n"
        "Artikel 2: Dit besluit treedt in werking op 1 maart 2025.\n",
        ("Lotte Jacobs", "Vlaams Belang", "rejected", 3, 26),
        ("De gemeenteraad keurt de aanpassing van het politiereglement goed", "adopted", 26, 3, {"Vlaams Belang": 3}),
    ),
    (  # a motion voted on under its own label before the draft decision
        "9. Mobiliteitsplan centrum\n\n"
        "Motie ingediend door raadslid Sarah De Smet (Open Vld): het college onderzoekt een parkeerroute.\n"
        "Stemming over de motie\n"
        "Aantal stemmen ja: 5 (5 Open Vld)\n"
        "Aantal stemmen nee: 21\n"
        "Stemming over het ontwerpbesluit\n"
        "Aantal stemmen ja: 21\n"
        "Aantal stemmen nee: 5 (5 Open Vld)\n",
        ("Sarah De Smet", "Open Vld", "rejected", 5, 21),
        ("Mobiliteitsplan centrum", "adopted", 21, 5, {"Open Vld": 5}),
    ),
]


@pytest.mark.parametrize(("body", "amendment", "decision"), AMENDMENT_THEN_DECISION)
def test_each_labelled_vote_is_a_row_about_what_its_label_names(body, amendment, decision):
    rows = votes(HEAD + body, "nl")
    assert len(rows) == 2
    first, second = rows
    name, party, outcome, yes, no = amendment
    assert first.subject.startswith(("Amendement", "Motie")) and name in first.subject
    assert (first.proposer, first.proposer_party) == (name, party)
    assert (first.outcome, first.votes_for, first.votes_against) == (outcome, yes, no)
    subject, outcome, yes, no, against = decision
    assert (second.subject, second.outcome, second.votes_for, second.votes_against) == (subject, outcome, yes, no)
    assert second.proposer is None
    assert (json.loads(second.against_parties) if second.against_parties else None) == against


def test_a_lone_draft_decision_label_gives_one_row_about_its_besluit():
    rows = votes(
        HEAD + "6. Samenwerkingsovereenkomst met de welzijnsvereniging\n\n"
        "Stemming op het ontwerpbesluit\n"
        "Aantal stemmen ja: 22\n"
        "Aantal stemmen nee: 7 (7 N-VA)\n"
        "Besluit\n"
        "Artikel 1: De gemeenteraad keurt de samenwerkingsovereenkomst goed.\n",
        "nl",
    )
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("De gemeenteraad keurt de samenwerkingsovereenkomst goed", "adopted", 22, 7)
    ]


def test_a_plain_vote_label_with_unanimity_stays_one_unanimous_row():
    rows = votes(
        HEAD + "4. Jaarverslag bibliotheek 2024\n\n"
        "Stemmingen\n"
        "Met eenparigheid van stemmen.\n"
        "Besluit\n"
        "Artikel 1: De gemeenteraad keurt het jaarverslag 2024 van de bibliotheek goed.\n",
        "nl",
    )
    assert len(rows) == 1
    assert (rows[0].outcome, rows[0].unanimous, rows[0].votes_against) == ("adopted", True, 0)


@pytest.mark.parametrize(
    "line",
    [
        "Stemming over het amendement.",  # a sentence, not a label
        "De stemming over het amendement wordt uitgesteld",
        "Stemmingen",
        "Stemming over de begroting 2025",
    ],
)
def test_a_sentence_about_a_vote_is_no_vote_label(line):
    from pipeline.extract.votes.lexicon import lexicon
    from pipeline.extract.votes.vote_labels import vote_marks

    assert vote_marks(line + "\n", lexicon("nl")) == []

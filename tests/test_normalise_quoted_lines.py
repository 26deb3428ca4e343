"""A quotation opened and closed on its own line ('"Taksten for erhverv hæves med 5 pct. i stedet for 8 pct."') is a
paragraph of its own in a hard-wrapped text: a proposal's quoted wording, with the vote on it on the line below
("Ændringsforslaget blev forkastet med 1 stemme for (Æ) og 6 imod."), which must not run into the quote however full
the quoted line is. Look-alikes: a line that opens a quote without closing it, or closes one opened on the line
above, still runs on as a wrapped sentence. Lines written for these tests."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.text.normalise import normalise
from tests.extract.votes.helpers import votes

# a paragraph wrapped at 76 characters: the text reads as hard-wrapped
WRAPPED = textwrap.wrap(
    "Forvaltningen har udarbejdet et forslag til trafiksikkerhedsplan for perioden 2027-2030, som bygger på "
    "ulykkesstatistikken og på de henvendelser, kommunen har modtaget fra borgere, skolebestyrelser og lokalråd i "
    "de seneste tre år, og planen indeholder i alt 42 konkrete projekter fordelt over hele kommunen nu.",
    76,
)
VOTE = "Ændringsforslaget blev forkastet med 1 stemme for (Æ) og 6 imod."

QUOTES = [
    '"Udvalget beslutter, at der etableres 40 km/t-zone på hele Østergade i Løgumkloster."',
    "“Taksten for erhverv hæves med 5 pct. i stedet for 8 pct., og forskellen finansieres af kassen.”",
    "«Bystyret ber kommunedirektøren utrede gratis skolemat for 1.-4. trinn til budsjettet for 2027.»",
    '"De gemeenteraad verzoekt het college om de parkeertarieven in het centrum niet te verhogen in 2027."',
    '"Byggehøjden reduceres til højst to etager, og der stilles krav om grønne tage på alle bygninger!"',
]


@pytest.mark.parametrize("quote", QUOTES)
def test_a_quotation_closed_on_its_own_line_keeps_the_vote_below_apart(quote):
    text = normalise(["\n".join([*WRAPPED, "Ib Kragh (Æ) stillede følgende ændringsforslag:", quote, VOTE])])[0]
    lines = text.split("\n")
    assert quote in lines and VOTE in lines


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ('"Vi har ikke råd til et nyt vandland, når skolerne mangler vedligehold og nye', 'tage," sagde han.'),
        ("Gruppeformanden sagde til sidst på mødet, at udvalget bør se på sagen igen i", '"næste år."'),
    ],
)
def test_look_alike_a_quote_that_wraps_still_runs_on(first, second):
    text = normalise(["\n".join([*WRAPPED, first, second, *WRAPPED])])[0]
    assert f"{first} {second}" in text


def test_the_amendment_and_the_recommendation_are_both_rows():
    text = (
        "Teknik- og Miljøudvalget\nBeslutningsprotokol\nTirsdag den 8. september 2026\n\n"
        + "\n".join(WRAPPED)
        + "\nPunkt 83 Trafiksikkerhedsplan 2027-2030\nSagsnr. 26/10452\n"
        + "Indstilling: Forvaltningen indstiller, at udvalget godkender trafiksikkerhedsplanen.\n"
        + "Ib Kragh (Æ) stillede følgende ændringsforslag:\n"
        + QUOTES[0]
        + "\n"
        + VOTE
        + "\nBeslutning: Et flertal på 6 medlemmer godkendte indstillingen.\n"
    )
    rows = [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(text, "da")]
    assert rows == [
        ("Udvalget beslutter, at der etableres 40 km/t-zone på hele Østergade i Løgumkloster", "rejected", 1, 6),
        ("indstillingen", "adopted", 6, None),
    ]

"""A tie explanation ("Bij staking van stemmen is het voorstel verworpen.") followed, in the same block, by
the next vote's counted sentence: the explanation belongs to the tied vote above it, and the next vote keeps
its own row with its unequal counts. A sentence that counts a majority explains no tie."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

FLEMISH_HEAD = "Gemeente Testby\nLijst van besluiten gemeenteraad 23 februari 2026\n\n"
DUTCH_HEAD = "Gemeenteraad Testby\n\nBesluitenlijst van de raadsvergadering van 12 maart 2026\n\n"

TIE_THEN_VOTE = [
    (  # Flemish: member's item, amendment tied and lost, the original proposal lost with a count over two lines
        FLEMISH_HEAD + "7. Toegevoegd punt van raadslid An Peeters (Groen): gratis parkeren op zaterdag\n"
        '   Voorstel: "De gemeenteraad beslist dat parkeren op zaterdag gratis wordt."\n'
        "   Amendement van Vooruit: enkel in de maand december.\n"
        "   Het amendement wordt verworpen met 12 stemmen voor (Vooruit) en 12 stemmen tegen\n"
        "   (N-VA, CD&V). Bij staking van stemmen is het voorstel verworpen.\n"
        "   Het oorspronkelijke voorstel wordt verworpen met 7 stemmen voor (Groen,\n"
        "   Vooruit) en 17 stemmen tegen (CD&V, N-VA).\n",
        (12, 12),
        (7, 17),
    ),
    (  # Dutch: a motion tied, then the council proposal adopted, "de stemmen staken"
        DUTCH_HEAD + "5. Raadsvoorstel Herinrichting Marktplein\n"
        "Motie 5.1 van D66 over bomen op het plein wordt verworpen met 13 stemmen voor en 13 stemmen tegen.\n"
        "De stemmen staken, waardoor de motie is verworpen. Het raadsvoorstel wordt aangenomen met 20 stemmen\n"
        "voor en 6 stemmen tegen.\n",
        (13, 13),
        (20, 6),
    ),
    (  # Flemish: ja/neen counts, the explanation on its own line, the next vote on the following line
        FLEMISH_HEAD + "4. Reglement op de terrassen - wijziging\n"
        "   Het amendement van Vlaams Belang wordt verworpen met 11 ja-stemmen en 11 neen-stemmen.\n"
        "   Bij staking van stemmen is het amendement verworpen.\n"
        "   Het ontwerpbesluit wordt goedgekeurd met 15 ja-stemmen en 7 neen-stemmen.\n",
        (11, 11),
        (15, 7),
    ),
    (  # Dutch: the tie explained with "de" stemmen, a rejected proposal after it
        DUTCH_HEAD + "8. Initiatiefvoorstel Zondagsopenstelling winkels\n"
        "Amendement A1 wordt verworpen met 10 stemmen voor en 10 stemmen tegen. Bij staking van de stemmen\n"
        "is het amendement verworpen. Het initiatiefvoorstel wordt verworpen met 6 stemmen voor en 14 stemmen tegen.\n",
        (10, 10),
        (6, 14),
    ),
    (  # Flemish: adopted vote after the tie, counts with abstentions
        FLEMISH_HEAD + "9. Subsidiereglement jeugdverenigingen\n"
        "   Het amendement van Groen wordt verworpen met 9 stemmen voor en 9 stemmen tegen.\n"
        "   Bij staking van stemmen is het voorstel verworpen. Het ontwerpbesluit wordt goedgekeurd met\n"
        "   16 stemmen voor, 2 stemmen tegen en 3 onthoudingen.\n",
        (9, 9),
        (16, 2),
    ),
]


@pytest.mark.parametrize(("text", "tied", "counted"), TIE_THEN_VOTE)
def test_the_vote_after_a_tie_explanation_keeps_its_own_row(text, tied, counted):
    rows = votes(text, "nl")
    counts = [(r.votes_for, r.votes_against) for r in rows]
    assert counts == [tied, counted], [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows]


LOOKALIKES = [
    (  # the explanation gives the tied counts itself: still one row, the tie's
        FLEMISH_HEAD + "3. Verkoop schoolgebouw Molenstraat\n"
        "   Beslissing: verworpen.\n"
        "   Stemming: bij staking van stemmen (14 ja-stemmen, 14 neen-stemmen) is het voorstel verworpen.\n",
        [(14, 14)],
    ),
    (  # the explanation below a counted tie, nothing after it: one row
        DUTCH_HEAD + "6. Amendement 6B Meer groen in de wijk Noord\n"
        "Uitslag: VERWORPEN (14 voor, 14 tegen)\n"
        "Bij staking van stemmen is het amendement verworpen.\n",
        [(14, 14)],
    ),
]


@pytest.mark.parametrize(("text", "counts"), LOOKALIKES)
def test_a_tie_explanation_alone_still_folds_into_its_vote(text, counts):
    rows = votes(text, "nl")
    assert [(r.votes_for, r.votes_against) for r in rows] == counts, [(r.subject, r.outcome) for r in rows]


PUBLISHED_HEAD = (
    "GEMEENTE TESTBY\nBekendmaking lijst van besluiten – gemeenteraad van dinsdag 17 maart 2026\n"
    "(art. 285 Decreet over het lokaal bestuur)\n\n"
)


def test_the_vote_after_a_tie_explanation_is_named_by_its_own_text_on_a_published_list():
    text = PUBLISHED_HEAD + (
        "5. Toegevoegd punt van raadslid Tom Claes (Groen): een deelfietsensysteem\n"
        '   Voorstel: "De gemeenteraad beslist om in 2027 een deelfietsensysteem op te starten."\n'
        "   Amendement van N-VA: eerst een proefproject van een jaar.\n"
        "   Het amendement wordt verworpen met 11 stemmen voor (N-VA) en 11 stemmen tegen\n"
        "   (CD&V, Groen). Bij staking van stemmen is het voorstel verworpen.\n"
        "   Het oorspronkelijke voorstel wordt verworpen met 4 stemmen voor (Groen) en\n"
        "   18 stemmen tegen (CD&V, N-VA).\n"
    )
    rows = votes(text, "nl")
    counted = [r for r in rows if (r.votes_for, r.votes_against) == (4, 18)]
    assert len(counted) == 1, [(r.subject, r.votes_for, r.votes_against) for r in rows]
    assert "amendement" not in (counted[0].subject or "").lower()

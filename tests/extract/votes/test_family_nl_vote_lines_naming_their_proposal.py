"""A vote page that opens each vote with a line naming what is voted on ('Stemming: Motie 2 "Meer bankjes in het
park"', 'Stemming 3: Amendement B "..."', 'Stemronde: Voorstel tot wijziging van de APV') records that vote
about the proposal the line names (its quoted title where it has one), not about the agenda point above. A line
naming the point's own recommendation without a title ("Stemming: Raadsvoorstel (geamendeerd)") leaves the
point's title as subject, and a 'Stemming:' field telling the outcome or the counts opens no vote of its own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Teststad - Raadsinformatie\nGemeenteraad\nwoensdag 14 oktober 2026, 20:00 - 23:30\n\n"
    "Agendapunt 6. Raadsvoorstel Omgevingsprogramma Buitengebied 2027\n"
)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            'Stemming: Motie 2 "Meer bankjes langs de wandelroutes"\nIndiener: ChristenUnie\n'
            "Uitslag: AANGENOMEN            Voor 19   Tegen 8\n",
            [("Meer bankjes langs de wandelroutes", "adopted", 19, 8)],
        ),
        (
            "Stemming 1: Amendement B “Geen zonnevelden op landbouwgrond”\n"
            "Uitslag: VERWORPEN            Voor 11   Tegen 16\n\n"
            "Stemming 2: Raadsvoorstel (geamendeerd)\nUitslag: AANGENOMEN            Voor 23   Tegen 4\n",
            [
                ("Geen zonnevelden op landbouwgrond", "rejected", 11, 16),
                ("Raadsvoorstel Omgevingsprogramma Buitengebied 2027", "adopted", 23, 4),
            ],
        ),
        (
            'Stemming: amendement A1 "Natuurinclusief bouwen verplicht"\n'
            "Uitslag: AANGENOMEN      Voor 15   Tegen 12\n"
            "  Voor:   D66 (4), GroenLinks (5), PvdA (3), SP (3)\n"
            "  Tegen:  VVD (6), CDA (6)\n",
            [("Natuurinclusief bouwen verplicht", "adopted", 15, 12)],
        ),
        (
            'Stemming: Motie vreemd aan de orde "Gratis openbaar vervoer voor 65-plussers"\n'
            "Uitslag: VERWORPEN      Voor 6   Tegen 21\n",
            [("Gratis openbaar vervoer voor 65-plussers", "rejected", 6, 21)],
        ),
        (
            "Stemming: Raadsvoorstel\nUitslag: AANGENOMEN            Voor 27   Tegen 0\n",
            [("Raadsvoorstel Omgevingsprogramma Buitengebied 2027", "adopted", 27, 0)],
        ),
    ],
)
def test_the_vote_is_about_the_proposal_its_line_names(block, expected) -> None:
    rows = votes(HEAD + block, "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == expected


@pytest.mark.parametrize(
    "block",
    [
        "Stemming: eenparig\nBesluit\nArtikel 1. Het omgevingsprogramma wordt vastgesteld.\n",
        "Stemming: 20 stemmen voor, 7 stemmen tegen\nBesluit\nArtikel 1. Het omgevingsprogramma wordt vastgesteld.\n",
    ],
)
def test_a_stemming_field_telling_the_result_opens_no_vote(block) -> None:
    rows = votes(HEAD + block, "nl")
    assert [(r.subject, r.outcome) for r in rows] == [("Raadsvoorstel Omgevingsprogramma Buitengebied 2027", "adopted")]

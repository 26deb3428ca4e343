"""A sentence explaining how a tie was settled ("Bij staking van stemmen (…) is het voorstel verworpen",
"Ved stemmelighed er borgmesterens stemme afgørende") is part of the vote beside it in the same case block:
one row, with the counts the explanation gives when the decision line has none. Alone in its case it is the
case's decision; quoted as a standing rule in a background paragraph it decides nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NL_HEAD = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n"

FOLDED = [
    (  # decision label, then a vote label whose sentence explains the tie and gives the counts
        "nl",
        NL_HEAD + "2024_GR_00211 - Verkoop schoolgebouw Molenstraat\n"
        "Beslissing: verworpen.\n"
        "Stemming: bij staking van stemmen (17 ja-stemmen, 17 neen-stemmen, 2 onthoudingen)\n"
        "is het voorstel verworpen.\n",
        "Verkoop schoolgebouw Molenstraat",
        (17, 17),
    ),
    (  # a counted result line, then the explanation on an indented line below it
        "nl",
        NL_HEAD + "Agendapunt 11 - Amendement 11B 'Meer groen in de wijk Noord'\n"
        "Uitslag: VERWORPEN (14 voor, 14 tegen)\n"
        "  Bij staking van stemmen is het amendement verworpen (art. 32 Gemeentewet).\n"
        "  Voor: VVD (6), CDA (8)\n",
        "Amendement 11B Meer groen in de wijk Noord",
        (14, 14),
    ),
    (  # a vote label, then the explanation carrying the counts and the parties against
        "nl",
        NL_HEAD + "6.  2024_GR_00098 - Erfpachtovereenkomst sporthal De Vijver - goedkeuring\n"
        "Stemming\n"
        "Bij staking van stemmen (12 ja, 12 nee) is het voorstel verworpen.\n"
        "Stemmen tegen: Groen (4), Vooruit (8).\n",
        "Erfpachtovereenkomst sporthal De Vijver - goedkeuring",
        (12, 12),
    ),
    (  # a numbered Flemish item, "de stemmen", "wordt" in the present
        "nl",
        NL_HEAD + "2024_GR_00305 - Aankoop grond Stationsplein\n"
        "Beslissing: verworpen.\n"
        "Stemming: bij staking van de stemmen (9 ja-stemmen, 9 neen-stemmen) wordt het voorstel verworpen.\n",
        "Aankoop grond Stationsplein",
        (9, 9),
    ),
    (  # Nynorsk: counted outcome, then the chair's double vote explained
        "nn",
        "Kommunestyret\n\nMøtedato: 14.11.2023\n\nPS 44/23 Sal av tomt ved hamna\n\n"
        "Vedtak:\nInnstillinga vart vedteken med 13 mot 13 røyster.\n"
        "Ved røystelikskap gjorde ordføraren si dobbeltrøyst utslaget.\n",
        None,
        (13, 13),
    ),
    (  # Danish: a counted outcome, then the chair's casting vote explained
        "da",
        "Byrådet\n\nMødedato: 27. januar 2020\n\n14. Salg af grund ved Havnevej\n\n"
        "Beslutning:\nIndstillingen blev godkendt med 12 stemmer mod 12.\n"
        "Ved stemmelighed var borgmesterens stemme afgørende.\n",
        None,
        (12, 12),
    ),
    (  # Norwegian Bokmål: counted outcome, then the chair's double vote explained
        "nb",
        "Bystyret\n\nMøtedato: 14.11.2023\n\nPS 52/23 Salg av tomt på Nesset\n\n"
        "Vedtak:\nInnstillingen ble vedtatt med 17 mot 17 stemmer.\n"
        "Ved stemmelikhet gjorde ordførerens dobbeltstemme utslaget.\n",
        None,
        (17, 17),
    ),
]


@pytest.mark.parametrize(("language", "text", "subject", "counts"), FOLDED)
def test_a_tie_explanation_is_part_of_the_vote_beside_it(language, text, subject, counts):
    rows = votes(text, language)
    assert len(rows) == 1, [r.subject for r in rows]
    assert (rows[0].votes_for, rows[0].votes_against) == counts
    if subject is not None:
        assert rows[0].subject == subject


def test_a_tie_explanation_alone_in_its_case_is_the_decision():
    text = (
        NL_HEAD + "Agendapunt 9 Verkoop pand Kerkstraat 3\n\n"
        "Besluit:\nBij staking van stemmen (13 voor, 13 tegen) is het voorstel verworpen.\n"
    )
    rows = votes(text, "nl")
    assert len(rows) == 1
    assert (rows[0].outcome, rows[0].votes_for, rows[0].votes_against) == ("rejected", 13, 13)


def test_two_cases_keep_their_own_rows():
    text = (
        NL_HEAD + "Agendapunt 3 Parkeerbeleid centrum\n"
        "Besluit: verworpen.\n\n"
        "Agendapunt 4 Verkoop pand Kerkstraat 3\n\n"
        "Besluit:\nBij staking van stemmen (13 voor, 13 tegen) is het voorstel verworpen.\n"
    )
    rows = votes(text, "nl")
    assert len(rows) == 2


def test_a_standing_rule_quoted_in_background_gives_no_row():
    text = (
        NL_HEAD + "Agendapunt 5 Reglement van orde\n\n"
        "Aanleiding\nVolgens het reglement van orde geldt: bij staking van stemmen wordt het voorstel "
        "geacht te zijn verworpen. Dat reglement dateert van 2019.\n"
    )
    assert votes(text, "nl") == []

"""A committee's name ends before a rider set off by a comma and opening with a preposition ("Innstillingen fra
Hovedutvalg for teknisk, med vedtatt tilleggsforslag", "Tilrådinga frå Utval for oppvekst, med endringa frå Sp"):
the rider's participle is no verb of the committee's, so the vote stays the meeting's, on the meeting's day.
Look-alikes: a committee whose name holds a comma and 'og' ("Utvalg for plan, miljø og teknikk vedtok ..."), or a
preposition without a comma ("Råd for personer med funksjonsnedsettelse vedtok ..."), still names the deciding body.
All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Voteringer i sak 58/26\n\nMøte: Kommunestyret, torsdag 22. oktober 2026\n\nVotering 3 av 4\n",
    "nn": "Røystingar i sak 58/26\n\nMøte: Kommunestyret, torsdag 22. oktober 2026\n\nRøysting 3 av 4\n",
}


def _meetings(language: str, body: str) -> list[tuple]:
    return [(r.body, r.meeting_date) for r in votes(HEAD[language] + body + "\n", language)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "nb",
            "Innstillingen fra Hovedutvalg for teknisk, med vedtatt tilleggsforslag\nResultat: Vedtatt\nFor: 12 Mot: 5",
        ),
        (
            "nb",
            "Innstilling fra Utvalg for oppvekst, med vedtatt endringsforslag\nResultat: Vedtatt med 12 mot 5 stemmer",
        ),
        ("nb", "Innstillingen fra Komité for helse, med endringen fra Sp\nResultat: Vedtatt enstemmig"),
        ("nb", "Innstillingen fra Utvalg for plan og miljø, som endret\nResultat: Vedtatt\nFor: 9  Mot: 8"),
        ("nb", "Innstillingen fra Hovedutvalg for kultur, uten tilleggsforslaget\nResultat: Vedtatt enstemmig"),
        (
            "nn",
            "Innstillinga frå Hovudutval for teknisk, med vedteke tilleggsframlegg\nResultat: Vedteke\nFor: 12  Mot: 5",
        ),
        (
            "nn",
            "Tilrådinga frå Utval for oppvekst, med vedteke endringsframlegg\nResultat: Vedteke med 12 mot 5 røyster",
        ),
        ("nn", "Innstillinga frå Komité for helse, med endringa frå Sp\nResultat: Vedteke samrøystes"),
        ("nn", "Innstillinga frå Utval for plan og miljø, som endra\nResultat: Vedteke\nFor: 9  Mot: 8"),
        ("nn", "Tilrådinga frå Hovudutval for kultur, utan tilleggsframlegget\nResultat: Vedteke samrøystes"),
    ],
)
def test_the_vote_on_a_committees_recommendation_with_a_rider_is_the_meetings(language, body):
    assert _meetings(language, body) == [("Kommunestyret", "2026-10-22")]


@pytest.mark.parametrize(
    ("language", "line", "body"),
    [
        (
            "nb",
            "Utvalg for plan, miljø og teknikk vedtok enstemmig å legge planen ut på høring.",
            "Utvalg for plan, miljø og teknikk",
        ),
        (
            "nn",
            "Utval for plan, miljø og teknikk vedtok samrøystes å leggje planen ut på høyring.",
            "Utval for plan, miljø og teknikk",
        ),
        (
            "nb",
            "Råd for personer med funksjonsnedsettelse vedtok enstemmig å støtte planen.",
            "Råd for personer med funksjonsnedsettelse",
        ),
        (
            "nn",
            "Råd for personar med funksjonsnedsetjing vedtok samrøystes å støtte planen.",
            "Råd for personar med funksjonsnedsetjing",
        ),
    ],
)
def test_a_committee_name_with_a_comma_still_names_the_deciding_body(language, line, body):
    text = "Nyheter\n\nPublisert 23.10.2026\n\n" + line + "\n"
    assert [r.body for r in votes(text, language)] == [body]

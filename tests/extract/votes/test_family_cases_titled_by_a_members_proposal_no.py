"""Family (nb, nn): a case titled by one member's proposal ("PS 18/26 Forslag fra Kari Moe (SV) om gratis SFO",
"Sak 22/26 Forslag om nattbuss – fra Per Lie (FrP)"). The vote in it is on that member's proposal: a heading
below that names no mover ("Forslag: «...»") is the titled proposal's text, and a title read as the party's
proposal takes the member from the one mover line of that party ("Per Lie (FrP) har fremmet dette forslaget
..."). The administration's proposal names no member, and two movers of the party leave the member unknown.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Hovedutvalg for oppvekst\n\nMøtedato: 14.04.2026\n\n",
    "nn": "Utval for oppvekst\n\nMøtedato: 14.04.2026\n\n",
}


def _movers(language: str, body: str) -> list[tuple]:
    return [(r.proposer, r.proposer_party, r.outcome) for r in votes(HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "PS 18/26 Forslag fra Kari Moe (SV) om gratis SFO\nForslag: «Alle barn i 1.–4. trinn får gratis SFO.»\n"
            "Utvalget vedtok enstemmig å utsette saken.\n",
            ("Kari Moe", "SV", "postponed"),
        ),
        (
            "nb",
            "Sak 22/26 Forslag om nattbuss – fra Per Lie (FrP)\n"
            "Per Lie (FrP) har fremmet dette forslaget etter kommuneloven § 5-2:\n"
            "«Kommunen innfører nattbuss i helgene.»\nForslaget falt med 3 mot 6 stemmer.\n",
            ("Per Lie", "FrP", "rejected"),
        ),
        (
            "nb",
            "PS 5/26 Forslag fra Ola Nes (V) om sykkelvei\nForslag:\n«Det bygges sykkelvei langs fylkesvei 20.»\n"
            "Forslaget falt med 2 mot 7 stemmer.\n",
            ("Ola Nes", "V", "rejected"),
        ),
        (
            "nb",
            "Sak 9/26 Forslag om gratis parkering – fra Eva Dahl (H)\nEva Dahl (H) har lagt fram dette forslaget:\n"
            "«Parkering i sentrum blir gratis på lørdager.»\nForslaget ble vedtatt med 5 mot 4 stemmer.\n",
            ("Eva Dahl", "H", "adopted"),
        ),
        (
            "nb",
            "PS 31/26 Tilleggsforslag fra Siv Berg (KrF) om skolemat\n"
            "Tilleggsforslag: «Kommunen tilbyr skolemat to dager i uken.»\nTilleggsforslaget ble enstemmig vedtatt.\n",
            ("Siv Berg", "KrF", "adopted"),
        ),
        (
            "nn",
            "PS 18/26 Framlegg frå Randi Matre (KrF) om gebyrfritak for lag\n"
            "Framlegg: «Lag og organisasjonar får gratis leige av grendahuset.»\n"
            "Framlegget vart vedteke med 5 mot 2 røyster.\n",
            ("Randi Matre", "KrF", "adopted"),
        ),
        (
            "nn",
            "Sak 18/26 Framlegg om gratis skulemat – frå Anne Bakken (Ap)\n"
            "Anne Bakken (Ap) har sett fram dette framlegget etter kommunelova § 5-2:\n"
            "«Utvalet ber kommunedirektøren greie ut gratis skulemat.»\nFramlegget fall med tre mot fire røyster.\n",
            ("Anne Bakken", "Ap", "rejected"),
        ),
        (
            "nn",
            "PS 7/26 Framlegg frå Olav Lid (Sp) om ny ferjekai\nFramlegg:\n«Det vert bygd ny ferjekai på Nesje.»\n"
            "Framlegget fall med 2 mot 5 røyster.\n",
            ("Olav Lid", "Sp", "rejected"),
        ),
        (
            "nn",
            "Sak 12/26 Framlegg om leikeplass – frå Guro Hol (SV)\nGuro Hol (SV) har lagt fram dette framlegget:\n"
            "«Det vert bygd ein leikeplass på Vik.»\nFramlegget vart vedteke med 4 mot 3 røyster.\n",
            ("Guro Hol", "SV", "adopted"),
        ),
        (
            "nn",
            "PS 30/26 Tilleggsframlegg frå Nils Aa (FrP) om brøyting\n"
            "Tilleggsframlegg: «Grendavegane vert brøyta før klokka sju.»\n"
            "Tilleggsframlegget vart samrøystes vedteke.\n",
            ("Nils Aa", "FrP", "adopted"),
        ),
    ],
)
def test_the_vote_in_a_case_titled_by_a_members_proposal_is_moved_by_that_member(
    language: str, body: str, expected: tuple
) -> None:
    assert _movers(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "nb",
            "PS 18/26 Forslag til vedtak om ny skolestruktur\nForslag: «Skolene slås sammen.»\n"
            "Forslaget ble vedtatt med 5 mot 4 stemmer.\n",
        ),
        (
            "nn",
            "PS 18/26 Framlegg til vedtak om ny skulestruktur\nFramlegg: «Skulane vert slegne saman.»\n"
            "Framlegget vart vedteke med 5 mot 4 røyster.\n",
        ),
    ],
)
def test_the_administrations_proposal_names_no_member(language: str, body: str) -> None:
    assert _movers(language, body) == [(None, None, "adopted")]


def test_two_movers_of_the_titled_party_leave_the_member_unknown() -> None:
    body = (
        "Sak 9/26 Forslag om gratis parkering – fra Høyre (H)\nEva Dahl (H) og Per Ås (H) sto bak forslaget.\n"
        "Forslaget falt med 3 mot 6 stemmer.\n"
    )
    assert _movers("nb", body) == [(None, "H", "rejected")]

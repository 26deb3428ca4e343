"""Family (da, nb, nn): an outcome line that refers back to a member's proposal ("KrFs forslag falt",
"Framlegget frå Vik fall", "Ændringsforslaget blev vedtaget") is about what the proposal says: the first
sentence of the words its heading or lead line gives, on the same line after the colon or quoted under it,
with the member who moved it as proposer. Options named by a letter ("Forslag A"), the administration's
proposal and a bare result under a vote page's heading keep their names.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Behandling:\nForslag fra Marte Li (KrF):\n«Tilskuddet til speiderne økes til 60 000 kroner.»\n"
            "Votering:\nKrFs forslag falt med 4 mot 7 stemmer.\n",
            ("Tilskuddet til speiderne økes til 60 000 kroner", "Marte Li", "KrF", "rejected"),
        ),
        (
            "nb",
            "Behandling:\nTilleggsforslag fra Per Dahl (H): Kommunedirektøren bes vurdere nytt lysanlegg.\n"
            "Tilleggsforslaget fra Dahl ble vedtatt mot 2 stemmer.\n",
            ("Kommunedirektøren bes vurdere nytt lysanlegg", "Per Dahl", "H", "adopted"),
        ),
        (
            "nb",
            "Behandling:\nEva Holm (SV) fremmet følgende forslag:\n"
            "«Parken skal ikke bebygges. Arealet reguleres til friområde.»\n"
            "Forslaget ble vedtatt med 15 mot 12 stemmer.\n",
            ("Parken skal ikke bebygges", "Eva Holm", "SV", "adopted"),
        ),
        (
            "nn",
            "Handsaming:\nJon Vik (Sp) sette fram slikt framlegg:\n«Skulen i Dale vert halden oppe.»\n"
            "Framlegget frå Vik fall med 8 mot 13 røyster.\n",
            ("Skulen i Dale vert halden oppe", "Jon Vik", "Sp", "rejected"),
        ),
        (
            "nn",
            "Handsaming:\nFramlegg frå Ap:\nEigedomsskatten vert ikkje auka i 2027.\nRøysting:\n"
            "Framlegget fekk 3 røyster og fall.\n",
            ("Eigedomsskatten vert ikkje auka i 2027", None, "Ap", "rejected"),
        ),
        (
            "nn",
            "Handsaming:\nEndringsframlegg frå Siv Aa (V): Bygget vert oppført i tre.\n"
            "Endringsframlegget vart vedteke med 12 mot 9 røyster.\n",
            ("Bygget vert oppført i tre", "Siv Aa", "V", "adopted"),
        ),
        (
            "da",
            "Ændringsforslag fra Venstre v/ Lise Holm (V): Der anlægges en cykelsti langs Åvej.\n"
            "Ændringsforslaget blev vedtaget med 15 stemmer mod 10.\n",
            ("Der anlægges en cykelsti langs Åvej", "Lise Holm", "V", "adopted"),
        ),
        (
            "da",
            'Forslag fra Dansk Folkeparti (O):\n"Parkering ved havnen bliver gratis."\n'
            "Forslaget faldt med 3 stemmer for og 20 imod.\n",
            ("Parkering ved havnen bliver gratis", None, "O", "rejected"),
        ),
        (
            "da",
            "Tillægsforslag fra Ib Krog (F): Borgerne inddrages i et åbent møde, jf. bilag 2.\n"
            "Tillægsforslaget blev godkendt enstemmigt.\n",
            ("Borgerne inddrages i et åbent møde, jf. bilag 2", "Ib Krog", "F", "adopted"),
        ),
    ],
)
def test_an_outcome_referring_to_a_members_proposal_is_about_its_words(language, body, expected):
    assert _rows(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        (  # an option named by its letter keeps the letter
            "nb",
            "Forslag A: Skolen legges til Berg.\nForslag B: Skolen legges til Dal.\n"
            "Forslag A ble vedtatt med 9 mot 4 stemmer.\n",
            "Forslag A: Skolen legges til Berg",
        ),
        (  # the administration's proposal is the recommendation
            "nb",
            "Kommunedirektørens forslag:\nPlanen vedtas.\nKommunedirektørens forslag ble vedtatt mot 3 stemmer.\n",
            "Kommunedirektørens forslag",
        ),
        (  # a vote page: a bare result under the proposal's heading names the heading
            "nb",
            "Forslag fra Kari Holm (Ap)\n\nKommunestyret ber om en sak om gatelys.\n\nFalt\n\nFOR\n\n12\n\nMOT\n\n21\n",
            "Forslag fra Kari Holm (Ap)",
        ),
    ],
)
def test_options_the_recommendation_and_vote_page_headings_keep_their_names(language, body, subject):
    assert [r[0] for r in _rows(language, body)] == [subject]

"""An electronic vote register printed per case ("Votering 1 av 2" / "Forslag: ..." / "Tekst: ..." and one line of
cells: "Resultat: VEDTATT <gap> For: 15 <gap> Mot: 4 <gap> Avstår: 0", or the result cell last, "For: 6 <gap> Mot: 11
<gap> Avholdende: 0 <gap> Resultat: Falt"): each vote is a row with the counts of its own line, the words of the
"Tekst:" field as the subject, and a member list under it ("Navn  Parti  Stemme") counted for that vote only.
A count line whose last cell is no result (an attendance cell) records no vote.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = {
    "nb": "Kommunestyret 20.10.2026 · Voteringer\n\nSak 48/26 – Budsjettjustering 2026\nArkivsak: 26/1304\n\n",
    "nn": "Kommunestyret 20.10.2026 · Røystingar\n\nSak 48/26 – Budsjettjustering 2026\nArkivsak: 26/1304\n\n",
}


def _cells(body: str, language: str) -> list[tuple]:
    return [cells[1:5] for cells in vote_cells(HEAD[language] + body + "\n", language)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "  Votering 1 av 1\n  Forslag: Formannskapets innstilling\n"
            "  Resultat: VEDTATT                   For: 19     Mot: 0       Avstår: 0",
            "nb",
            [("Formannskapets innstilling", "adopted", 19, 0)],
        ),
        (
            "  Votering 1 av 1\n  Forslag: Fellesforslag fra Ap og SV\n  Tekst:   Brua får navnet «Elvebrua».\n"
            "  Resultat: VEDTATT                   For: 10     Mot: 9       Avstår: 0",
            "nb",
            [("Brua får navnet «Elvebrua».", "adopted", 10, 9)],
        ),
        (
            "Votering 1 av 1\nForslag: Endringsforslag fra Kari Moe (H)\nTekst: Skolen legges ned fra 2027.\n"
            "Resultat: FALT\t\tFor: 7\t\tMot: 20\t\tAvstår: 0",
            "nb",
            [("Skolen legges ned fra 2027.", "rejected", 7, 20)],
        ),
        (
            "Røysting 1 av 1\nFramlegg: Formannskapet si innstilling\n"
            ""
            "Resultat: VEDTEKE                   For: 12     Mot: 5       Avstår: 0",
            "nn",
            [("Formannskapet si innstilling", "adopted", 12, 5)],
        ),
        (
            "Røysting 1 av 1\nFramlegg: Endringsframlegg frå Ola Vik (Sp)\nTekst:   Skulen vert vidareført.\n"
            "Resultat: FALL                      For: 6      Mot: 11      Avstår: 0",
            "nn",
            [("Skulen vert vidareført.", "rejected", 6, 11)],
        ),
    ],
)
def test_a_register_line_opened_by_its_result_counts_its_vote(body, language, expected):
    assert _cells(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "counts"),
    [
        (
            "VOTERING 1 av 1\nForslag: Formannskapets innstilling\n"
            "For: 14    Mot: 3      Avholdende: 0     Resultat: Vedtatt",
            "nb",
            ("Formannskapets innstilling", "adopted", 14, 3),
        ),
        (
            "VOTERING 1 av 1\nForslag: Rådmannens forslag\nFor: 9    Mot: 8    Avholdende: 2    Resultat: Vedtatt",
            "nb",
            ("Rådmannens forslag", "adopted", 9, 8),
        ),
        (
            "Røysting 1 av 1\nFramlegg: Formannskapet si innstilling\n"
            "For: 15   Mot: 2   Avhaldande: 0   Resultat: Vedteke",
            "nn",
            ("Formannskapet si innstilling", "adopted", 15, 2),
        ),
        (
            "Røysting 1 av 1\nFramlegg: Kommunedirektøren sitt framlegg\n"
            "For: 4   Mot: 13   Avhaldande: 0   Resultat: Fall",
            "nn",
            ("Kommunedirektøren sitt framlegg", "rejected", 4, 13),
        ),
        (
            "Røysting 1 av 1\nFramlegg: Tilrådinga\nFor: 20\tMot: 7\tAvhaldande: 0\tResultat: Vedteke",
            "nn",
            ("Tilrådinga", "adopted", 20, 7),
        ),
    ],
)
def test_a_register_line_closed_by_its_result_counts_its_vote(body, language, counts):
    assert _cells(body, language) == [counts]


def test_a_member_list_under_a_vote_is_counted_for_that_vote_only():
    body = (
        "VOTERING 1 av 2\nForslag: Endringsforslag fra Bjørn Olsen (Sp)\n«Tilskuddet økes til 400 000 kroner.»\n"
        "For: 2     Mot: 3     Avholdende: 0     Resultat: Falt\nVis stemmer\n"
        "  Navn                    Parti                        Stemme\n"
        "  Anne Isaksen            Arbeiderpartiet              Mot\n"
        "  Jørn Mikkelsen          Arbeiderpartiet              Mot\n"
        "  Bjørn Olsen             Senterpartiet                For\n"
        "  Heidi Seppola           Senterpartiet                For\n"
        "  Trond Heggelund         Høyre                        Mot\n\n"
        "VOTERING 2 av 2\nForslag: Formannskapets innstilling\n"
        "For: 4    Mot: 1      Avholdende: 0     Resultat: Vedtatt\n"
    )
    rows = vote_cells(HEAD["nb"] + body, "nb")
    assert [(r[2], r[3], r[4]) for r in rows] == [("rejected", 2, 3), ("adopted", 4, 1)]
    assert rows[0][5] == {"Arbeiderpartiet": 2, "Høyre": 1}


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Innstillingen ble vedtatt.\nTilstede: 17     Forfall: 2     Vararepresentanter: 1", "nb"),
        ("Innstillinga vart vedteken.\nTil stades: 17     Forfall: 2     Varamedlemer: 1", "nn"),
    ],
)
def test_cells_of_attendance_count_no_vote(body, language):
    assert [cells[1:] for cells in _cells(body, language)] == [("adopted", None, None)]

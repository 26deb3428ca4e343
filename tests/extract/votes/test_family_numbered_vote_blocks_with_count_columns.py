"""Vote-result pages print each vote as a block: a numbered vote line naming what is voted on ("Votering 2 -
Tilleggsforslag fra SV", "Afstemning 1 om: Ændringsforslag fra Ø ...", "Røysting 2 om: ..."), the proposal's words
quoted under it or at its end, and a result field whose counts stand in columns on the same line ("Resultat: FALT
<gap> For: 4 <gap> Mot: 11 <gap> Ikke avgitt: 0"). Each block is one vote, even when two blocks in a row have the same
outcome; a count column of an option the rules do not count (absent, not cast) does not hide the others; an outcome
word inside the vote line's name ("Innstillingen med vedtatt tillegg") is part of the name. The case heading may carry
its archive number in a column under a label of its own ("Sag 26/01876"), and the meeting line may be a field
("Møte: torsdag 24. september 2026"). All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nb": "Bodøy kommune · Politiske saker\nSak 51/26 Regional transportplan · Kommunestyret\n"
    "Møte: tirsdag 13. oktober 2026 · Arkivsak: 26/2210\n\n",
    "nn": "Fjellnes kommune – røystingar\nSak 18/26 Skulebruksplan · Kommunestyret\nMøte: onsdag 4. november 2026\n\n",
    "da": "Byrådets møde onsdag den 27. maj 2026\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(_HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (  # tab-separated count columns, one of them not counted by the rules
            "nb",
            "Votering 1 - Endringsforslag fra Kari Holm (FrP)\n«Punkt 2 i innstillingen strykes.»\n"
            "Resultat: FALT\tFor: 5\tMot: 22\tIkke avgitt: 0\n\n"
            "Votering 2 - Formannskapets innstilling\nResultat: VEDTATT\tFor: 22\tMot: 5\tIkke avgitt: 0\n",
            [
                ("Punkt 2 i innstillingen strykes.", "rejected", 5, 22),
                ("Formannskapets innstilling", "adopted", 22, 5),
            ],
        ),
        (  # two adopted votes in a row, space-aligned columns, an absent column
            "nb",
            "Avstemning 1 – Tilleggsforslag fra Per Lie (SV)\n«Kommunen skal søke om statlige midler.»\n"
            "Resultat: Vedtatt      For: 27     Mot: 0      Fravær: 2\n\n"
            "Avstemning 2 – Innstillingen med vedtatt tillegg\n"
            "Resultat: Vedtatt      For: 18     Mot: 9      Fravær: 2\n",
            [
                ("Kommunen skal søke om statlige midler.", "adopted", 27, 0),
                ("Innstillingen med vedtatt tillegg", "adopted", 18, 9),
            ],
        ),
        (  # the proposal's words quoted at the end of its vote line
            "nb",
            "Votering 1 - Forslag fra Ola Dahl (Sp) «Saken utsettes til neste møte.»\n"
            "Resultat: FALT\tFor: 7\tMot: 20\n\n"
            "Votering 2 - Innstillingen\nResultat: VEDTATT\tFor: 20\tMot: 7\n",
            [("Saken utsettes til neste møte.", "rejected", 7, 20), ("Innstillingen", "adopted", 20, 7)],
        ),
        (  # Nynorsk, "om" after the vote's number, a column of members who did not vote
            "nn",
            "Røysting 1 om: Framlegg om utsett skulestart\nResultat: Falt\tFor: 6\tMot: 15\tIkkje røysta: 0\n\n"
            "Røysting 2 om: Kommunedirektøren sitt framlegg\nResultat: Vedteke\tFor: 15\tMot: 6\tIkkje røysta: 0\n",
            [
                ("Framlegg om utsett skulestart", "rejected", 6, 15),
                ("Kommunedirektøren sitt framlegg", "adopted", 15, 6),
            ],
        ),
        (  # Danish numbered votes with "om:", a case heading with its archive number in a column
            "da",
            "Punkt 113  Takster for svømmehallen 2027                 Sag 26/01876\n"
            "  Afstemning 1 om: Ændringsforslag fra Ø om gratis adgang for børn\n  Resultat:        Forkastet\n\n"
            "  Afstemning 2 om: Kultur- og Fritidsudvalgets indstilling\n"
            "  Resultat:        Vedtaget (30 for, 0 imod)\n",
            [
                ("Ændringsforslag fra Ø om gratis adgang for børn", "rejected", None, None),
                ("Kultur- og Fritidsudvalgets indstilling", "adopted", 30, 0),
            ],
        ),
        (
            "da",
            "Punkt 20  Budgetopfølgning                        Sag 26/00412\n"
            "  Afstemning 1 om: Økonomiudvalgets indstilling\n  Resultat:  Vedtaget\tFor: 25\tImod: 4\tFraværende: 2\n",
            [("Økonomiudvalgets indstilling", "adopted", 25, 4)],
        ),
    ],
)
def test_each_numbered_vote_block_is_one_vote_with_its_column_counts(
    language: str, body: str, rows: list[tuple]
) -> None:
    assert _rows(language, body) == rows


def test_a_meeting_field_with_a_weekday_dates_the_votes() -> None:
    found = votes(_HEAD["nb"] + "Votering 1 - Innstillingen\nResultat: VEDTATT\tFor: 20\tMot: 7\n", "nb")
    assert [(r.meeting_date, r.case_number) for r in found] == [("2026-10-13", "51/26")]


def test_a_case_headings_archive_column_is_not_its_title() -> None:
    text = _HEAD["da"] + "Punkt 114  Valg af stedfortræder til Beredskabskommissionen        Sag 26/02004\n"
    text += "  Afstemning om: Økonomiudvalgets indstilling\n  Resultat: Vedtaget\n"
    found = votes(text, "da")
    assert [(r.case_number, r.archive_case, r.subject) for r in found] == [
        ("114", "26/02004", "Økonomiudvalgets indstilling")
    ]


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (  # a vote line that tells its outcome, counts and a party after it: no name of a voted object
            "nb",
            "Votering: Innstillingen ble vedtatt med 20 mot 7 stemmer (FrP)\n",
            [("Innstillingen", "adopted", 20, 7)],
        ),
        (  # a result and a bare vote record under it, no vote line between: one vote
            "nb",
            "Votering 1 - Formannskapets innstilling\nResultat: Vedtatt\nVotering: 20 stemte for, 7 mot\n",
            [("Formannskapets innstilling", "adopted", 20, 7)],
        ),
        (  # number columns of no vote option (pages, appendices) beside the counts: counted as nothing
            "nb",
            "Votering 1 - Innstillingen\nResultat: Vedtatt\tFor: 20\tMot: 7\tSide: 4\tVedlegg: 2\n",
            [("Innstillingen", "adopted", 20, 7)],
        ),
    ],
)
def test_look_alikes_of_numbered_vote_blocks(language: str, body: str, rows: list[tuple]) -> None:
    assert _rows(language, body) == rows


def test_a_meeting_field_naming_only_the_body_dates_nothing() -> None:
    text = "Bodøy kommune\nSak 51/26 Regional transportplan\nMøte: Kommunestyret\n\n"
    text += "Votering 1 - Innstillingen\nResultat: VEDTATT\tFor: 20\tMot: 7\n"
    assert [r.meeting_date for r in votes(text, "nb")] == [None]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Sak 51/26 Regional transportplan · Kommunestyret\n", "Kommunestyret"),
        ("Sak 51/26 Regional transportplan | Formannskapet\n", "Formannskapet"),
        ("Sak 51/26 Valg av nytt kommunestyre · Politiske saker\n", None),  # a segment that is no body
    ],
)
def test_the_body_in_the_last_segment_of_a_case_head_line(head: str, body: str | None) -> None:
    text = "Bodøy kommune\n" + head + "Møte: tirsdag 13. oktober 2026\n\n"
    text += "Votering 1 - Innstillingen\nResultat: VEDTATT\tFor: 20\tMot: 7\n"
    assert [r.body for r in votes(text, "nb")] == [body]

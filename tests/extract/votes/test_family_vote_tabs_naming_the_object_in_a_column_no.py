"""Meeting-portal vote tabs (nb, nn) whose opening line names what is voted on in a column to the right of the
vote's number, no colon or dash between ("Votering 2 <gap> Tilleggsforslag fra SV"), with the result field
and counters on the lines below. The vote is about that column's words, not the case title above it nor a
proposal's words wrapped over several lines of a field under it. Look-alikes: a tab whose right column is its
result field or a count, and a vote line with a colon (read as before)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = {
    "nb": "Tolga kommune  >  Politikk  >  Formannskapet 05.05.2026  >  Voteringer\n\n"
    "Utvalg: Formannskapet\nMøte: Tirsdag 5. mai 2026 kl. 09:00, Kommunestyresalen\n\n",
    "nn": "Luster kommune  >  Politikk  >  Kommunestyret 11.06.2026  >  Voteringar\n\n"
    "Utval: Kommunestyret\nMøte: Torsdag 11. juni 2026 kl. 10:00, Rådhuset\n\n",
}
_GAP = " " * 30


def _rows(language: str, body: str) -> list[tuple]:
    return [cells[1:5] for cells in vote_cells(_HEAD[language] + body, language)]


TABS = [
    (  # a recommendation and a rejected proposal, the proposal's words wrapped in a field below
        "nb",
        f"Sak 31/26  Ny barnehage på Vingelen\n\nVotering 1{_GAP}Kommunedirektørens innstilling\n"
        "Resultat: Vedtatt                          For: 5   Mot: 2\n\n"
        f"Votering 2{_GAP}Forslag fra Senterpartiet (Ola Haugen)\nForslag: «Saken sendes tilbake for\n"
        "vurdering av tomt ved skolen.»\nResultat: Falt                             For: 2   Mot: 5\n",
        [
            ("Kommunedirektørens innstilling", "adopted", 5, 2),
            ("Saken sendes tilbake for vurdering av tomt ved skolen.", "rejected", 2, 5),  # its words (s37)
        ],
    ),
    (  # Nynorsk, a tab character as the gap
        "nn",
        "Sak 40/26  Reguleringsplan for Gaupne sentrum\n\nVotering 1\tFormannskapet si innstilling\n"
        "Resultat: Vedteke\tFor: 21\tMot: 4\n\nVotering 2\tTilleggsframlegg frå MDG\n"
        "Resultat: Fall\tFor: 3\tMot: 22\n",
        [
            ("Formannskapet si innstilling", "adopted", 21, 4),
            ("Tilleggsframlegg frå MDG", "rejected", 3, 22),
        ],
    ),
    (  # "Røysting" and a numbered "nr." label
        "nn",
        f"Sak 41/26  Budsjettregulering 2026\n\nRøysting nr. 1{_GAP}Endringsframlegg frå Høgre\n"
        f"Resultat: Fall{_GAP}For: 8   Mot: 17\n\nRøysting nr. 2{_GAP}Innstillinga\n"
        f"Resultat: Vedteke{_GAP}For: 17   Mot: 8\n",
        [("Endringsframlegg frå Høgre", "rejected", 8, 17), ("Innstillinga", "adopted", 17, 8)],
    ),
    (  # Bokmål "Avstemning", one vote of the case only
        "nb",
        f"Sak 32/26  Salg av kommunal tomt, Tolga sentrum\n\nAvstemning 1{_GAP}Innstilling\n"
        "Resultat: Enstemmig vedtatt                For: 7   Mot: 0\n",
        [("Innstilling", "adopted", 7, 0)],
    ),
    (  # a mover's name in brackets, the counters on a line of their own
        "nb",
        f"Sak 33/26  Gratis skolefrokost\n\nVotering 1{_GAP}Tilleggsforslag fra SV (Kari Lie)\n"
        f"Resultat: Falt\nFor: 1   Mot: 6\n\nVotering 2{_GAP}Innstilling\nResultat: Vedtatt\nFor: 7   Mot: 0\n",
        [("Tilleggsforslag fra SV (Kari Lie)", "rejected", 1, 6), ("Innstilling", "adopted", 7, 0)],
    ),
]


@pytest.mark.parametrize(("language", "body", "rows"), TABS)
def test_the_column_beside_the_vote_number_names_the_vote(language, body, rows):
    assert _rows(language, body) == rows


LOOK_ALIKES = [
    (  # the opening line's right column is its count, not what is voted on: the case title stays
        "nb",
        f"Sak 34/26  Trafikksikkerhetsplan 2026-2029\n\nVotering 1{_GAP}7 for, 0 mot\nResultat: Vedtatt\n",
        "Trafikksikkerhetsplan 2026-2029",
    ),
    (  # a vote line with a colon is read as it always was
        "nn",
        "Sak 42/26  Kommunal planstrategi\n\nRøysting 1: Formannskapet si innstilling\nResultat: Vedteke\n",
        "Formannskapet si innstilling",
    ),
]


@pytest.mark.parametrize(("language", "body", "subject"), LOOK_ALIKES)
def test_a_column_that_names_no_object_leaves_the_subject(language, body, subject):
    rows = _rows(language, body)
    assert rows and rows[0][0] == subject

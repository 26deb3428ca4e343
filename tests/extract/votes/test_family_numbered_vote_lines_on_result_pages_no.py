"""Vote-result pages give each vote a line of its own naming what is voted on ("Votering 2: Formannskapets
innstilling", "Røysting: Innstillinga") and then its result field ("Resultat: Vedtatt – enstemmig (17 for, 0 mot)",
"Resultat: Falt (Ja 7 - Nei 14)"). The vote is about what its line names (a proposal's words quoted under it win),
not the case title; the result's counts in brackets are its counts. A vote line that tells its outcome itself
("Votering: Innstillingen ble vedtatt") names nothing more, and a case's own field block ("Sak: 14/26" /
"Resultat: Vedtatt") stays a header. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = {
    "nb": "Voteringsoversikt – Kommunestyret\nMøte torsdag 17. september 2026\n\n",
    "nn": "Kommunestyret 28.05.2026 - røystingsresultat\nMøtet vart halde torsdag 28. mai 2026.\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [cells[:5] for cells in vote_cells(_HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (
            "nb",
            "Sak 52/26  Godkjenning av protokoll\n  Votering 1: Protokollen godkjennes\n"
            "  Resultat: Vedtatt – enstemmig (17 for, 0 mot)\n",
            [("52/26", "Protokollen godkjennes", "adopted", 17, 0)],
        ),
        (
            "nb",
            "Sak 53/26  Ny skolestruktur\n  Votering 1: Forslag fra Høyre v/ Kari Lund (H)\n"
            "      «Kommunestyret ber om en utredning av skolen på Moen.»\n  Resultat: Ikke vedtatt\n\n"
            "  Votering 2: Formannskapets innstilling\n  Resultat: Vedtatt (12 for, 5 mot)\n",
            [
                ("53/26", "Kommunestyret ber om en utredning av skolen på Moen.", "rejected", None, None),
                ("53/26", "Formannskapets innstilling", "adopted", 12, 5),
            ],
        ),
        (
            "nb",
            "Sak 56/26  Valg av meddommere\n  Votering 1: Valgnemndas innstilling\n  Resultat: Vedtatt – enstemmig\n",
            [("56/26", "Valgnemndas innstilling", "adopted", None, 0)],
        ),
        (
            "nb",
            "Sak 60/26  Budsjettjustering\nVotering - Komiteens innstilling punkt 1-3\n"
            "Resultat: Vedtatt (Ja 40 - Nei 9)\n",
            [("60/26", "Komiteens innstilling punkt 1-3", "adopted", 40, 9)],
        ),
        (
            "nb",
            "Sak 61/26  Parkering i sentrum\n  Avstemning 2: Innstillingen\n  Resultat: Vedtatt (20 for, 7 mot)\n",
            [("61/26", "Innstillingen", "adopted", 20, 7)],
        ),
        (
            "nn",
            "Sak 40/26  Årsmelding og årsrekneskap 2025\nRøysting: Innstillinga\nResultat: Vedteke  (Ja 21 - Nei 0)\n",
            [("40/26", "Innstillinga", "adopted", 21, 0)],
        ),
        (
            "nn",
            "Sak 41/26  Eigedomsskatt\nRøysting 1: Framlegg frå Høgre v/ Anne Lid\n"
            "«Kommunestyret ber om at botnfrådraget vert auka.»\nResultat: Falt  (Ja 7 - Nei 14)\n\n"
            "Røysting 2: Innstillinga\nResultat: Vedteke  (Ja 14 - Nei 7)\n",
            [
                ("41/26", "Kommunestyret ber om at botnfrådraget vert auka.", "rejected", 7, 14),
                ("41/26", "Innstillinga", "adopted", 14, 7),
            ],
        ),
        (
            "nn",
            "Sak 42/26  Fråsegn frå ungdomsrådet\nRøysting: Innstillinga (kommunestyret tek fråsegna til vitande)\n"
            "Resultat: Vedteke  (samrøystes)\n",
            [("42/26", "Innstillinga (kommunestyret tek fråsegna til vitande)", "adopted", None, 0)],
        ),
        (
            "nn",
            "Sak 46/26  Gebyr for feiing\nRøysting 1 - Formannskapet si tilråding\nResultat: Vedteke – samrøystes\n",
            [("46/26", "Formannskapet si tilråding", "adopted", None, 0)],
        ),
        (
            "nn",
            "Sak 47/26  Kjøp av tomt\nVotering 2: Kommunedirektøren sitt framlegg\nResultat: Vedteke (15 for, 6 mot)\n",
            [("47/26", "Kommunedirektøren sitt framlegg", "adopted", 15, 6)],
        ),
    ],
)
def test_a_vote_line_names_what_its_result_decides(language: str, body: str, rows: list[tuple]) -> None:
    assert _rows(language, body) == rows


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (
            "nb",
            "Sak 70/26  Trafikkplan\nVotering: Innstillingen ble vedtatt med 30 mot 5 stemmer.\n",
            [("70/26", "Innstillingen", "adopted", 30, 5)],
        ),
        (
            "nb",
            "PS 71/26 Kjøp av tomt\nSak: 71/26\nResultat: Vedtatt\nArkivsak: 26/1200\n\n"
            "Vedtak: Kommunen kjøper tomta for 2 mill. kroner.\n",
            [("71/26", "Kommunen kjøper tomta for 2 mill. kroner", "adopted", None, None)],
        ),
        (
            "nn",
            "Sak 72/26  Gebyr\nRøysting: Innstillinga vart samrøystes vedteken.\n",
            [("72/26", "Innstillinga", "adopted", None, 0)],
        ),
    ],
)
def test_a_vote_line_telling_its_outcome_or_a_field_block_is_no_vote_line(
    language: str, body: str, rows: list[tuple]
) -> None:
    assert _rows(language, body) == rows

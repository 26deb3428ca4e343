"""Vote listings (nb, nn) that print each case as a bare number and title ("68/25  Suppleringsval"), with no
prefix, rule or list around it, and the case's votes under it, the numbers running in sequence (cases without a
vote may be left out). Each such line opens its case: the rows below it carry its number. Look-alikes: a single
bare number line (a date or a share) opens no case, nor do two far apart in number, nor lines whose words end
in a full stop."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nb": "Vestby kommune - Politiske saker\nMøte: Kommunestyret 16.06.2026 (tirsdag) kl. 18:00 - Rådhuset\n"
    "Fane:  Saksliste  |  [Voteringer]  |  Protokoll\n\n",
    "nn": "Etne kommune - Politiske saker\nMøte: Kommunestyret 24.09.2026 (torsdag) kl. 10:00 - Etne rådhus\n"
    "Fane:  Saksliste  |  [Voteringar]  |  Protokoll\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.case_number, r.outcome) for r in votes(_HEAD[language] + body, language)]


OUTLINED = [
    (
        "nb",
        "41/26  Plan for idrett og friluftsliv\n    Resultat: Enstemmig vedtatt\n\n"
        "42/26  Salg av kommunal tomt på Son\n    For 25  Mot 6 (FrP 4, H 2)\n    Resultat: Vedtatt\n\n"
        "43/26  Ny reguleringsplan for Hølen\n    For 10  Mot 21\n    Resultat: Falt\n",
        [("41/26", "adopted"), ("42/26", "adopted"), ("43/26", "rejected")],
    ),
    (
        "nn",
        "55/26  Godkjenning av møtebok frå 20.08.2026\n    Godkjent utan røysting.\n\n"
        "56/26  Tilskot til ny flytebrygge          arkivsak 26/411\n    For 21  Mot 0\n"
        "    Resultat: Samrøystes vedteke\n",
        [("55/26", "adopted"), ("56/26", "adopted")],
    ),
    (  # tab-indented records
        "nn",
        "57/26  Skulebruksplan\n\tFor 12  Mot 9\n\tResultat: Vedteke\n\n"
        "58/26  Trafikktryggingsplan\n\tResultat: Samrøystes vedteke\n",
        [("57/26", "adopted"), ("58/26", "adopted")],
    ),
    (  # zero-padded numbers, one case without a vote between
        "nb",
        "044/26  Budsjettjustering 2/2026\n    For 31  Mot 0\n    Resultat: Enstemmig vedtatt\n\n"
        "045/26  Interpellasjon om bredbånd\n    Ingen votering.\n\n"
        "046/26  Utsatt sak - kulturhus\n    For 17  Mot 14\n    Resultat: Vedtatt\n",
        [("044/26", "adopted"), ("046/26", "adopted")],
    ),
    (
        "nn",
        "12/26  Kulturplan 2026-2030\n    Resultat: Samrøystes vedteke\n\n"
        "13/26  Reglement for folkevalde\n    For 15  Mot 2\n    Resultat: Vedteke\n",
        [("12/26", "adopted"), ("13/26", "adopted")],
    ),
]


@pytest.mark.parametrize(("language", "body", "rows"), OUTLINED)
def test_a_margin_line_opens_the_case_indented_under_it(language, body, rows):
    assert _rows(language, body) == rows


LOOK_ALIKES = [
    (  # one bare number line alone: a share, not a case
        "nb",
        "Sak 44/26  Eierskapsmelding\n\n3/4  av aksjene eies av kommunen\n    (se vedlegg)\n\n"
        "Vedtak: Enstemmig vedtatt.\n",
        "44/26",
    ),
    (  # margin lines whose words end in a full stop are sentences
        "nn",
        "Sak 59/26  Budsjett\n\n10/26  Budsjettet vart lagt fram i juni.\n    Sjå vedlegg.\n"
        "11/26  Formannskapet handsama det i august.\n    Sjå vedlegg.\n\nVedtak: Samrøystes vedteke.\n",
        "59/26",
    ),
    (  # two bare number lines far apart in number: no listing
        "nb",
        "Sak 45/26  Eierskap\n\n3/26  Aksjene i Vestby Energi AS\n    (se vedlegg)\n"
        "40/26  Aksjene i Follo Ren IKS\n    (se vedlegg)\n\nVedtak: Enstemmig vedtatt.\n",
        "45/26",
    ),
]


@pytest.mark.parametrize(("language", "body", "case"), LOOK_ALIKES)
def test_a_lone_or_sentence_margin_line_opens_no_case(language, body, case):
    assert [r[0] for r in _rows(language, body)] == [case]


def test_notes_numbered_in_sequence_below_a_decision_table_open_no_cases():
    table = (
        "| Sak    | Tittel                         | Vedtak                 |\n"
        "|--------|--------------------------------|------------------------|\n"
        "| 61/26  | Ny gatebelysning               | Vedtatt 15-10          |\n"
        "| 62/26  | Salg av tomt på Hamre          | Vedtatt mot 3 (FrP 3)  |\n\n"
        "Merknader til sakene\n\n61/26 Ny gatebelysning\nInnstillingen ble vedtatt med 15 mot 10 stemmer.\n\n"
        "62/26 Salg av tomt på Hamre\nInnstillingen ble vedtatt mot 3 stemmer.\n"
    )
    rows = votes("Bystyret\nMøtedato: 22.10.2026\n\n" + table, "nb")
    assert sorted({r.case_number for r in rows}) == ["61/26", "62/26"] and len(rows) == 2

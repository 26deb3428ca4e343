"""A decision list records each case by a field block whose result field is the case's only record ("Arkiv: 25/77"
/ "Resultat: Innstillinga vedteken."): the field is read, also where the outcome word comes third ("Saka vart
utsett."). A result field inside a field block with the case's decision label below it stays the block's summary."""

import pytest

from tests.extract.votes.helpers import votes

HEAD = {"nb": "Formannskapet\nMøtedato: 03.03.2026\n\n", "nn": "Formannskapet\nMøtedato: 03.03.2026\n\n"}


@pytest.mark.parametrize(
    ("language", "case", "expected"),
    [
        (
            "nn",
            "FS-sak 8/26   Tilskot til lag\nArkiv: 26/0112\nResultat: Innstillinga vedteken med 6 mot 1 røyst.\n",
            ("8/26", "adopted", 6, 1),
        ),
        (
            "nn",
            "FS-sak 9/26   Kjøp av tomt\nArkiv: 25/990\nResultat: Saka vart utsett.\n",
            ("9/26", "postponed", None, None),
        ),
        (
            "nb",
            "Sak 21/26  Budsjettjustering\nArkivsak: 26/400\nResultat: Innstillingen ble vedtatt mot 2 stemmer.\n",
            ("21/26", "adopted", None, 2),
        ),
        (
            "nb",
            "FSK-sak 4/26   Salg av eiendom\nArkiv: 24/18\nResultat: Forslaget falt med 3 mot 4 stemmer.\n",
            ("4/26", "rejected", 3, 4),
        ),
        (
            "nb",
            "PS 30/26   Skjenkebevilling\nArkiv: 26/51\nResultat: Saken ble utsatt til neste møte.\n",
            ("30/26", "postponed", None, None),
        ),
        (
            "nn",
            "PS 12/26 Økonomirapport\nArkivsak: 26/7\nResultat: Teke til vitande.\n",
            ("12/26", "noted", None, None),
        ),
    ],
)
def test_a_result_field_closing_a_field_block_is_the_cases_record(language, case, expected):
    rows = votes(HEAD[language] + case + "-" * 40 + "\n", language)
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("language", "case"),
    [
        ("nb", "Sak 14/25 Plan\nResultat: Vedtatt\nArkivsak: 24/5521\n\nVedtak:\nPlanen godkjennes.\n"),
        ("nn", "Sak 40/25 Plan\nArkivsak: 25/118\nResultat: Vedteke\n\nVedtak:\nPlanen vert godkjend.\n"),
    ],
)
def test_a_result_field_summing_up_the_decision_below_gives_one_row(language, case):
    rows = votes(HEAD[language] + case, language)
    assert [r.outcome for r in rows] == ["adopted"]


@pytest.mark.parametrize(
    ("language", "case"),
    [
        ("nb", "Sak 22/26  Orientering\nArkiv: 26/9\nResultat: Se egen protokoll.\n"),
        (
            "nn",
            "FS-sak 13/26   Kjøp av areal (unnateke offentlegheit)\nResultat: Sjå eigen protokoll, jf. offl. § 23.\n",
        ),
    ],
)
def test_a_result_field_that_records_no_outcome_gives_no_row(language, case):
    assert votes(HEAD[language] + case + "-" * 40 + "\n", language) == []

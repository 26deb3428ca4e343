"""A result field whose counts follow the outcome after a gap, with no mark between them ("Uitslag: aangenomen
Voor 15  Tegen 0", "Besluit: goedgekeurd   Ja 19   Neen 6   Onthouding 2"): the counts are the vote's, and the
outcome is still read. A field whose outcome stands alone, or a count line without an outcome, stays as it was."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD_NL = "Gemeenteraad\nVergadering van dinsdag 10 november 2026\n\n"
HEAD_VL = "Gemeenteraad\nZitting van maandag 23 maart 2026\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEAD_NL + "Agendapunt 7  Verordening jeugdhulp 2027\n    Uitslag: aangenomen        Voor 15  Tegen 2\n",
            [("7", "adopted", 15, 2)],
        ),
        (
            HEAD_NL + "Agendapunt 4 Kadernota 2027\nUitslag: verworpen Voor 7 Tegen 8\n",
            [("4", "rejected", 7, 8)],
        ),
        (
            HEAD_NL + "Agendapunt 10 Benoeming lid rekenkamercommissie\n"
            "    Uitslag: benoemd          Voor 12  Tegen 2  Blanco 1\n",
            [("10", "adopted", 12, 2)],
        ),
        (
            HEAD_NL + "Agendapunt 5  Amendement A Parkeren\n  Stemming: AANGENOMEN\tVoor 11\tTegen 6\n",
            [("5", "adopted", 11, 6)],
        ),
        (
            HEAD_NL + "Agendapunt 8  Grondexploitatie De Brink\nResultaat: aangenomen   voor 16   tegen 1\n",
            [("8", "adopted", 16, 1)],
        ),
        (
            HEAD_VL + "3. Jaarrekening 2025\nBesluit: goedgekeurd   Ja 19   Neen 6   Onthouding 2\n",
            [("3", "adopted", 19, 6)],
        ),
        (
            HEAD_VL + "4. Retributiereglement parkeren\nStemming: verworpen  ja 12  neen 15\n",
            [("4", "rejected", 12, 15)],
        ),
        (
            HEAD_VL + "5. Samenwerkingsovereenkomst Fluvius\nBeslissing: goedgekeurd    Ja 21    Nee 4\n",
            [("5", "adopted", 21, 4)],
        ),
        (
            HEAD_VL + "6. Aanpassing politiereglement\nUitslag: GOEDGEKEURD  Ja 18  Neen 7\n",
            [("6", "adopted", 18, 7)],
        ),
        (
            HEAD_VL + "7. Voorstel N-VA 'Gratis parkeren'\nResultaat: verworpen    Ja 9    Neen 18    Onthouding 0\n",
            [("7", "rejected", 9, 18)],
        ),
    ],
)
def test_counts_after_a_gap_are_the_result_fields_counts(text: str, expected: list[tuple]) -> None:
    assert [(case, outcome, yes, no) for case, _, outcome, yes, no, _ in vote_cells(text, "nl")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD_NL + "Agendapunt 9  Zienswijze begroting\nUitslag: aangenomen\n", [("9", "adopted", None, None)]),
        (HEAD_NL + "Agendapunt 9  Zienswijze begroting\nStemverhouding: Voor 15  Tegen 0\n", []),
        (
            HEAD_NL + "Agendapunt 9  Zienswijze begroting\nUitslag: aangenomen met 15 stemmen voor en 2 tegen\n",
            [("9", "adopted", 15, 2)],
        ),
    ],
)
def test_result_fields_without_gapped_counts_read_as_before(text: str, expected: list[tuple]) -> None:
    assert [(case, outcome, yes, no) for case, _, outcome, yes, no, _ in vote_cells(text, "nl")] == expected

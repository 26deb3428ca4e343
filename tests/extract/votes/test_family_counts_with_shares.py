"""Family (da, nb, nl): a count of votes printed with its share of the votes, the share before the count
("Voor 100% (23) | Tegen 0% (0)", "Tegen 61% (14): Lokaal (7), CDA (6), VVD (1)") or after it ("For: 15 (65 %)",
"vedtatt med 27 (75,0 %) mot 9 (25,0 %) stemmer"). The count is read as if printed bare: votes for and against,
the parties named after it, unanimity from a zero against. Look-alikes: a share whose bracket holds no bare count
("65% (15 leden)") is no vote count, and the text keeps its length, so every offset holds.
"""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.votes.plain_text import unmarked
from tests.extract.votes.helpers import CASE, votes


def _counts(language: str, text: str) -> list[tuple]:
    rows = votes(CASE[language] + text + "\n", language)
    return [(r.outcome, r.unanimous, r.votes_for, r.votes_against, r.against_parties) for r in rows]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Uitslag: aangenomen\nVoor 100% (23) | Tegen 0% (0)", ("adopted", True, 23, 0, None)),
        ("nl", "Uitslag: aangenomen\nVoor 65% (15) | Tegen 35% (8)", ("adopted", False, 15, 8, None)),
        (
            "nl",
            "Uitslag: verworpen\nVoor 40% (10): VVD (4), D66 (6)\nTegen 60% (15): CDA (9), Lokaal (6)",
            ("rejected", False, 10, 15, '{"CDA":9,"Lokaal":6}'),
        ),
        (
            "nl",
            "Uitslag: aangenomen\nVoor 95,8% (23) | Tegen 4,2% (1): PVV (1)",
            ("adopted", False, 23, 1, '{"PVV":1}'),
        ),
        ("nb", "Votering:\nInnstillingen ble vedtatt.\nFor: 15 (65 %)\nMot: 8 (35 %)", ("adopted", False, 15, 8, None)),
        (
            "nb",
            "Innstillingen ble vedtatt med 27 (75,0 %) mot 9 (25,0 %) stemmer.",
            ("adopted", False, 27, 9, None),
        ),
        ("da", "Indstillingen blev godkendt.\nFor: 18 (72 %)\nImod: 7 (28 %)", ("adopted", False, 18, 7, None)),
    ],
)
def test_a_count_printed_with_its_share_is_read_as_the_bare_count(language, text, expected):
    assert _counts(language, text) == [expected]


def test_a_share_of_something_else_is_no_count():
    text = "Het voorstel is aangenomen. De opkomst was 65% (15 leden)."
    assert _counts("nl", text) == [("adopted", None, None, None, None)]


def test_blanking_the_shares_keeps_every_offset():
    text = "Uitslag: aangenomen\nVoor 96% (22) | Tegen 4% (1): VVD (1)\nFor: 15 (65 %)\n"
    doc = document_from_text(text, language="nl", municipality="Testby")
    plain = unmarked(doc).text
    assert len(plain) == len(doc.text)
    assert plain.split() == ["Uitslag:", "aangenomen", "Voor", "22", "|", "Tegen", "(1):", "VVD", "(1)", "For:", "15"]

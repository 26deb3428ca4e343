"""A Danish committee step or council decision that states its outcome and the majority behind it ("Anbefales af et
flertal (A, V, C, L). Imod stemte 1 (Ø).", "Godkendt af et flertal bestående af A, V og C."): a bare approval,
about the case; the votes against counted from the line that names them. Look-alikes: a majority naming what it
approved ("Et flertal (A, V) godkendte indstillingen") and an approval by a named body ("Godkendt af Økonomiudvalget")
keep their own readings.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASE = (
    "Byrådet\n\nMødedato: 26. marts 2026\n\n32. Lokalplan 412 for boliger ved Kirke Hyllinge\n\n"
    "Indstilling\nAdministrationen indstiller, at forslag til Lokalplan 412 vedtages endeligt.\n\n"
)
TITLE = "Lokalplan 412 for boliger ved Kirke Hyllinge"


@pytest.mark.parametrize(
    ("decision", "against"),
    [
        ("Anbefales af et flertal (A, V, C, L). Imod stemte 1 (Ø).", 1),
        ("Godkendt af et flertal bestående af A, V og C. F stemte imod.", None),
        ("Vedtaget af et flertal (A, V, C, L, Å).", None),
        ("Anbefales af et stort flertal (A, V, C, O, L). Imod stemte 2 (Ø, F).", 2),
        ("Godkendt af et flertal af udvalgets medlemmer.", None),
        ("Tiltrådt af et flertal (A, C). Imod stemte 3 (V).", 3),
    ],
)
def test_an_approval_by_a_majority_is_about_the_case(decision, against):
    rows = votes(CASE + "Beslutning i Byrådet den 26. marts 2026\n" + decision + "\n", "da")
    assert [(r.subject, r.outcome) for r in rows] == [(TITLE, "adopted")]
    if against is not None:
        assert rows[0].votes_against == against and rows[0].unanimous is False


def test_a_majority_naming_what_it_approved_keeps_its_words():
    rows = votes(CASE + "Beslutning i Byrådet den 26. marts 2026\nEt flertal (A, V) godkendte indstillingen.\n", "da")
    assert [r.outcome for r in rows] == ["adopted"] and rows[0].subject != "af et flertal (A, V)"

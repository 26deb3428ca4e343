"""A Danish news page reports one decision per paragraph under its headline; a count told in prose ("Et flertal
på 24 stemte for, mens 7 medlemmer fra SF stemte imod") belongs to the paragraph it stands in. It was taken as the
counts of the next paragraph's decision ("Byrådet godkendte, at ..."), whose span then ran over the paragraphs
between and read as background ("byrådet besluttede allerede i 2024 ..."), so both rows were lost. The members
counted against may be named by their parties ("7 medlemmer fra SF og Enhedslisten stemte imod").

Look-alikes: a count in a paragraph without a decision of its own stays that paragraph's; a decision recalled from
an earlier year in a later paragraph is still no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Forside > Nyheder\n\nNyt fra byrådet\n\nPubliceret 27. februar 2026\n\n"
    "Byrådet holdt møde torsdag den 26. februar 2026. Her er et overblik.\n\n"
)
NEXT = "Ny cykelsti ved skolen\nByrådet godkendte, at der anlægges en cykelsti ved skolen på Bygaden.\n"


@pytest.mark.parametrize(
    ("counted", "counts"),
    [
        (
            "Flere penge til hjemmeplejen\nHjemmeplejen får en tillægsbevilling på 9,5 mio. kr. Et flertal på\n"
            "24 stemte for, mens 7 medlemmer fra SF og Enhedslisten stemte imod.\n",
            (24, 7),
        ),
        (
            "Tilskud til musikskolen\nMusikskolen får et ekstra tilskud i 2026. 19 medlemmer stemte for, og\n"
            "12 medlemmer fra Venstre stemte imod.\n",
            (19, 12),
        ),
        (
            "Nyt tag på hallen\nHallen får nyt tag for 3 mio. kr. Et flertal på 15 stemte for, mens 6 medlemmer af\n"
            "Dansk Folkeparti stemte imod, fordi de ville vente et år.\n",
            (15, 6),
        ),
        (
            "Lavere takst i svømmehallen\nTaksten i svømmehallen sænkes fra 1. maj. 21 stemte for,\n"
            "mens 4 stemte imod.\n",
            (21, 4),
        ),
        (
            "Ny plan for affald\nAffaldsplanen for 2026-2030 er vedtaget. Et flertal på 27 stemte for, mens 2\n"
            "medlemmer fra Enhedslisten stemte imod.\n",
            (27, 2),
        ),
    ],
)
def test_a_count_in_prose_stays_with_its_paragraph(counted: str, counts: tuple[int, int]) -> None:
    rows = votes(HEAD + counted + "\n" + NEXT, "da")
    assert [(r.votes_for, r.votes_against) for r in rows] == [counts, (None, None)]
    assert rows[-1].subject == "Ny cykelsti ved skolen"


def test_a_recalled_decision_in_a_later_paragraph_stays_no_row() -> None:
    text = (
        HEAD + "Flere penge til hjemmeplejen\nHjemmeplejen får en tillægsbevilling. Et flertal på 24 stemte for, mens 7"
        " stemte imod.\n\nNej til gratis parkering\nBorgmesteren henviste til, at byrådet allerede i 2024 besluttede"
        " at gøre de første 30 minutter gratis.\n\n" + NEXT
    )
    rows = votes(text, "da")
    assert [(r.votes_for, r.votes_against) for r in rows] == [(24, 7), (None, None)]
    assert "parkering" not in " ".join(r.subject or "" for r in rows).lower()

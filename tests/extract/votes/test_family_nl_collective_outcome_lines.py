"""Dutch hamerstukken and decision lists: sub-items listed one a line, then one outcome line for all of them
('Uitslag: beide zonder stemming aangenomen.', 'Besluit: alle voorstellen zijn conform aangenomen.'). Each item
is a row of its own, with its own number and title; the point heading above the sub-items gives no row.

A bare outcome under a list that does not say it speaks for all items, and a collective word in an ordinary
sentence, give no rows for the items above.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Gemeenteraad\n\nBesluitenlijst van de raadsvergadering van donderdag 2 juli 2026\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agendapunt 5 – Hamerstukken\n5.1 Verordening precariobelasting 2027\n"
            "5.2 Benoeming lid rekenkamercommissie (mw. B. Smit)\nUitslag: beide zonder stemming aangenomen.\n",
            [("5.1", "Verordening precariobelasting 2027"), ("5.2", "Benoeming lid rekenkamercommissie (mw. B. Smit)")],
        ),
        (
            "3. Hamerstukken\n3.1 Raadsvoorstel Benoeming leden auditcommissie (2026-031)\n"
            "3.2 Raadsvoorstel Verordening marktgelden 2027 (2026-034)\n"
            "Besluit: beide voorstellen zijn zonder stemming aangenomen.\n",
            [
                ("3.1", "Raadsvoorstel Benoeming leden auditcommissie (2026-031)"),
                ("3.2", "Raadsvoorstel Verordening marktgelden 2027 (2026-034)"),
            ],
        ),
        (
            "4. Hamerstukken\n4.1 Zienswijze begroting 2027 GGD\n4.2 Jaarstukken 2025 Omgevingsdienst\n"
            "4.3 Wijziging verordening jeugdhulp\nAlle voorstellen worden conform aangenomen.\n",
            [
                ("4.1", "Zienswijze begroting 2027 GGD"),
                ("4.2", "Jaarstukken 2025 Omgevingsdienst"),
                ("4.3", "Wijziging verordening jeugdhulp"),
            ],
        ),
        (
            "6. Hamerstukken\n    6.1 Vaststelling tarieven lijkbezorging 2027\n"
            "    6.2 Grondexploitatie Veldzicht\n    Besluit: allebei vastgesteld.\n",
            [("6.1", "Vaststelling tarieven lijkbezorging 2027"), ("6.2", "Grondexploitatie Veldzicht")],
        ),
        (
            "Agendapunt 7 – Hamerstukken\n7a Verordening afvalstoffenheffing 2027\n"
            "7b Zienswijze kadernota Veiligheidsregio\n"
            "Uitslag: beide hamerstukken zijn unaniem aangenomen.\n",
            [("7a", "Verordening afvalstoffenheffing 2027"), ("7b", "Zienswijze kadernota Veiligheidsregio")],
        ),
    ],
)
def test_one_line_decides_every_listed_item(text, expected):
    rows = vote_cells(HEAD + text, "nl")
    assert [(case, subject) for case, subject, *_ in rows] == expected
    assert {outcome for _, _, outcome, *_ in rows} == {"adopted"}


def test_a_bare_outcome_under_a_list_is_not_every_item_s():
    text = (
        "5. Hamerstukken\n5.1 Verordening precariobelasting 2027\n5.2 Benoeming lid rekenkamercommissie\n"
        "Uitslag: zonder stemming aangenomen.\n"
    )
    assert [case for case, *_ in vote_cells(HEAD + text, "nl")] == ["5.2"]


def test_a_collective_word_in_a_sentence_decides_nothing():
    text = (
        "5. Ingekomen stukken\n5.1 Brief van de provincie over de begroting\n5.2 Brief van een inwoner over de markt\n"
        "De voorzitter deelt mee dat alle brieven ter inzage liggen.\n"
    )
    assert vote_cells(HEAD + text, "nl") == []


def test_a_procedure_alone_is_about_the_item():
    text = (
        "4. Hamerstukken\n    4.1 Benoeming lid rekenkamercommissie\n"
        "    Besluit: Conform voorstel, zonder stemming aangenomen.\n"
    )
    assert [(case, subject) for case, subject, *_ in vote_cells(HEAD + text, "nl")] == [
        ("4.1", "Benoeming lid rekenkamercommissie")
    ]

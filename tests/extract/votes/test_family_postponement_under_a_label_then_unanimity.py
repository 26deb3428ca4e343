"""A decision label on its own line, a postponement on the next and a bare unanimity line under it ("Vedtak:" /
"Saken utsettes." / "Enstemmig."): one postponed row, voted unanimously, not an adopted row for the unanimity.
Layouts varied: Bokmål, Nynorsk, Danish and Dutch labels, present and passive verbs, a sent-back case, the
unanimity word with and without a stop. Look-alikes: an adoption under the same lines stays adopted, and a
postponement read as a phrase already gives one row only. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Teknik- og Miljøudvalget\n\nMødedato: 4. marts 2026\n\n7. Trafiksikkerhedsplan\n\n",
    "nb": "Formannskapet\n\nMøtedato: 04.03.2026\n\nPS 7/26 Trafikksikkerhetsplan\n\n",
    "nn": "Formannskapet\n\nMøtedato: 04.03.2026\n\nPS 7/26 Trafikktryggingsplan\n\n",
    "nl": "Gemeenteraad\n\nvergadering van woensdag 4 maart 2026\n\nAgendapunt 7 Verkeersveiligheidsplan\n\n",
}


def _rows(language: str, block: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.unanimous) for r in votes(HEAD[language] + block, language)]


@pytest.mark.parametrize(
    ("language", "block", "case"),
    [
        ("nb", "Vedtak:\nSaken utsettes.\nEnstemmig.\n", "7/26"),
        ("nb", "Formannskapets vedtak:\nSaken sendes tilbake til kommunedirektøren.\nEnstemmig\n", "7/26"),
        ("da", "Beslutning:\nSagen udsættes.\nEnstemmig.\n", "7"),
        ("da", "Beslutning:\nSagen sendes tilbage til forvaltningen.\nEnstemmig.\n", "7"),
        ("nn", "Vedtak:\nSaka vert utsett.\nSamrøystes.\n", "7/26"),
        ("nl", "Besluit:\nHet punt wordt aangehouden.\nUnaniem.\n", "7"),
    ],
)
def test_a_labelled_postponement_with_unanimity_below_is_one_postponed_row(language, block, case):
    assert _rows(language, block) == [(case, "postponed", True)]


@pytest.mark.parametrize(
    ("language", "block", "case"),
    [
        ("nb", "Vedtak:\nInnstillingen vedtas.\nEnstemmig.\n", "7/26"),
        ("da", "Beslutning:\nIndstillingen godkendes.\nEnstemmig.\n", "7"),
    ],
)
def test_an_adoption_under_the_same_lines_stays_adopted(language, block, case):
    assert _rows(language, block) == [(case, "adopted", True)]

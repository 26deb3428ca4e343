"""A decision list gives the item's proposal as a field ('Voorstel: ...') and then the amendments and motions on
it, each with its own result ('Amendement A1 ... : text' / 'Besluit: aangenomen ...'). A result field is about
the subject field above it only when no proposal is headed between them: the amendment right above the result
is what was voted on. A subject field right above its result keeps naming it."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\n\nvergadering van donderdag 12 februari 2026\n\n5. Woonvisie 2026-2035\n"
PROPOSAL = "Voorstel: de Woonvisie 2026-2035 vast te stellen.\n"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        (
            "Amendement A1 'Betaalbaar bouwen' (ChristenUnie, GroenLinks-PvdA): het aandeel sociale huur wordt 35%.",
            "Amendement A1",
        ),
        ("Amendement A2 (VVD) 'Minder regels': de welstandstoets vervalt.", "Amendement A2"),
        ("Motie M1 'Ruimte voor tiny houses' (VVD, BBB)", "Motie M1"),
        ("Motie M3 van de SP 'Huurbevriezing'", "Motie M3"),
        ("Amendement A4 'Starters eerst' (CDA)", "Amendement A4"),
    ],
)
def test_a_proposal_headed_between_the_field_and_the_result_is_what_was_voted(heading, kind):
    rows = votes(f"{HEAD}{PROPOSAL}{heading}\nBesluit: verworpen met 8 stemmen voor en 22 stemmen tegen.\n", "nl")
    assert [(r.subject.startswith(kind), r.outcome, r.votes_for) for r in rows] == [(True, "rejected", 8)]


def test_a_subject_field_right_above_its_result_still_names_it():
    rows = votes(f"{HEAD}Voorstel: Woonvisie 2026-2035 vaststellen\nBesluit: aangenomen met algemene stemmen.\n", "nl")
    assert [(r.subject, r.outcome) for r in rows] == [("Woonvisie 2026-2035 vaststellen", "adopted")]


def test_a_motion_named_only_in_running_text_does_not_stop_the_field():
    rows = votes(
        f"{HEAD}Voorstel: Woonvisie 2026-2035 vaststellen\nDe motie over tiny houses wordt later besproken.\n"
        "Besluit: aangenomen met algemene stemmen.\n",
        "nl",
    )
    assert [r.outcome for r in rows] == ["adopted"]

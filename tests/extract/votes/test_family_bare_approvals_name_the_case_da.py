"""A bare Danish approval ("Godkendt.", "Vedtaget.", "Anbefales over for Byrådet.") of a recommendation with one
"at ..." clause names the case by its title, not by the clause (models/votes/da.json `generic_subject_from`
"title"; gold on all read sets: title 15, the clause 7, by authors of heldout, heldout2, heldout14,
heldout17, heldout19, heldout20 against heldout5 and heldout8). Look-alikes: a recommendation that only takes
something for information ("at dialogmødet tages til efterretning") names what was noted, so approving it
keeps that clause; lettered points decided one by one keep a row per point.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Økonomiudvalget\nMødedato: 14. april 2026\n\n41. {title}\nSagsnr.: 26/1234\n\n"
    "Sagsfremstilling\nSagen forelægges.\n\n"
)


def _rows(title: str, recommendation: str, decision: str) -> list[tuple[str | None, str]]:
    text = HEAD.format(title=title) + recommendation + "\n" + decision
    return [(r.subject, r.outcome) for r in votes(text, "da")]


@pytest.mark.parametrize(
    ("title", "recommendation", "decision"),
    [
        (
            "Frigivelse af anlægsmidler til ny skatepark",
            "Indstilling\nForvaltningen indstiller, at der frigives 2,1 mio. kr. til anlæg.\n",
            "Beslutning\nGodkendt.\n",
        ),
        (
            "Vejnavn i ny udstykning ved Skovbrynet",
            "Indstilling:\nAdministrationen indstiller, at vejnavnet Egelunden godkendes.\n",
            "Beslutning:\nGodkendt.\n",
        ),
        ("Skolekalender 2027/28", "Indstilling\nat udvalget godkender skolekalenderen.\n", "Beslutning\nVedtaget.\n"),
        (
            "Anlægsbevilling til renovering af Nordby Hallen",
            "Indstilling\nDirektøren indstiller, at der gives en anlægsbevilling på 4,5 mio. kr.\n",
            "Beslutning\nAnbefales over for Byrådet.\n",
        ),
        (
            "Regulativ for vintervedligeholdelse 2027-2031",
            "Forslag til beslutning\nTeknik og Miljø indstiller,\nat regulativet vedtages.\n",
            "Beslutning\nTiltrådt.\n",
        ),
    ],
)
def test_a_bare_approval_of_one_clause_names_the_case(title, recommendation, decision):
    assert _rows(title, recommendation, decision) == [(title, "adopted")]


def test_approving_a_recommendation_to_note_keeps_what_was_noted():
    rows = _rows(
        "Dialogmøde med Nordskolens bestyrelse",
        "Indstilling\nat dialogmødet tages til efterretning.\n",
        "Beslutning\nGodkendt.\n",
    )
    assert rows == [("at dialogmødet tages til efterretning.", "noted")]


def test_points_decided_one_by_one_keep_a_row_each():
    rows = _rows(
        "Skoledistrikter fra skoleåret 2027/28",
        "Indstilling\nForvaltningen indstiller,\na) at distrikterne ændres som beskrevet i model B,\n"
        "b) at ændringen evalueres efter to skoleår.\n",
        "Beslutning\nAd a) Godkendt.\nAd b) Forkastet.\n",
    )
    assert [outcome for _, outcome in rows] == ["adopted", "rejected"]
    assert all(subject and subject.startswith("at ") for subject, _ in rows)

"""Election cases (nb, nn) whose only record is a bare unanimous election line, alone or as a result field
("Enstemmig valgt.", "Røysting: Samrøystes vald.", "Resultat: Samrøystes valt"): the case is decided, adopted and
unanimous, about the case. Look-alikes: an election line going on with the names elected is the election
sentence's to read, and a bare "Valgt." with no unanimity word is not this family."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = {
    "nb": "Kommunestyret\nMøtedato: 17.09.2026\n\n",
    "nn": "Kommunestyret\nMøtedato: 17.09.2026\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [cells[1:5] for cells in vote_cells(_HEAD[language] + body, language)]


BARE = [
    ("nb", "PS 51/26 Valg av meddommere til tingretten\n\nEnstemmig valgt.\n", "Valg av meddommere til tingretten"),
    (
        "nn",
        "PS 52/26 Val av varamedlem til eldrerådet\n\nRøysting: Samrøystes vald.\n",
        "Val av varamedlem til eldrerådet",
    ),
    (
        "nn",
        "PS 53/26 Suppleringsval til kontrollutvalet\n\nResultat: Samrøystes valt\n",
        "Suppleringsval til kontrollutvalet",
    ),
    ("nb", "PS 54/26 Valg av forliksrådsmedlemmer\n\nVotering: Enstemmig valgt.\n", "Valg av forliksrådsmedlemmer"),
    ("nn", "PS 55/26 Val av skjønnsmedlemer\n\nSamrøystes vald.\n", "Val av skjønnsmedlemer"),
]


@pytest.mark.parametrize(("language", "body", "title"), BARE)
def test_a_bare_unanimous_election_decides_the_case(language, body, title):
    assert _rows(language, body) == [(title, "adopted", None, 0)]


CANDIDATE_FIELDS = [  # the candidate named in a field above the result: the vote is still about the election case
    ("nn", "PS 57/26 Suppleringsval til kontrollutvalet\n\nFramlegg: Inger Helle (H)\nResultat: Samrøystes vald\n"),
    ("nb", "PS 58/26 Valg av nytt medlem til eldrerådet\n\nForslag: Per Olav Lie (Sp)\nResultat: Enstemmig valgt\n"),
]


@pytest.mark.parametrize(("language", "body"), CANDIDATE_FIELDS)
def test_a_candidate_in_the_field_above_names_no_subject(language, body):
    title = body.split("\n", 1)[0].split(" ", 2)[2]
    assert _rows(language, body) == [(title, "adopted", None, 0)]


def test_a_bare_election_without_unanimity_is_not_this_family():
    assert _rows("nb", "PS 56/26 Valg av revisor\n\nValgt.\n") == []

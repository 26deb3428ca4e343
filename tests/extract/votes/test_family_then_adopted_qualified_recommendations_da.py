"""After an amendment's vote a Danish protocol records the recommendation adopted "then", in inverted word order
("Herefter blev <subject> godkendt ..."); the subject may be a body's recommendation qualified by an adjective
("Børne- og Skoleudvalgets alternative indstilling"), a definite noun phrase with an adjective ("den oprindelige
indstilling"), and may carry an "om ..." clause, wrapped over lines, before the verb (models/votes/da.json
`clauses`, the "then" clause). Look-alikes: "Herefter blev sagen drøftet." decides nothing; the plain
"Herefter blev indstillingen godkendt" keeps working.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nReferat fra mødet den 29. juni 2026\n\n"


def _case(line: str) -> str:
    return (
        HEAD + "Punkt 116  Forslag om grønne skolegårde\n"
        "Behandling:\n"
        "  For forslaget stemte 6 (F, Ø, Å).\n"
        "  Imod stemte 19 (V 8, A 7, C 3, O 1).\n"
        "  Forslaget er ikke vedtaget.\n\n"
        f"  {line}\n"
    )


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        (
            "Herefter blev Børne- og Skoleudvalgets alternative indstilling om\n  en forsøgsordning på to skoler "
            "godkendt med 25 stemmer for, ingen\n  imod.",
            "Børne- og Skoleudvalgets alternative indstilling",
        ),
        ("Derefter blev udvalgets reviderede indstilling vedtaget enstemmigt.", "udvalgets reviderede indstilling"),
        ("Herefter blev den oprindelige indstilling godkendt med 17 stemmer mod 8.", "den oprindelige indstilling"),
        ("Endelig blev Økonomiudvalgets indstilling om anlægsbevillingen godkendt.", "Økonomiudvalgets indstilling"),
        ("Dernæst blev forvaltningens samlede indstilling tiltrådt.", "forvaltningens samlede indstilling"),
        ("Herefter blev indstillingen godkendt med 25 stemmer for, ingen imod.", "indstillingen"),
    ],
)
def test_a_then_adopted_recommendation_is_its_own_row(line, subject):
    rows = votes(_case(line), "da")
    assert [(r.subject, r.outcome) for r in rows] == [
        ("Forslag om grønne skolegårde", "rejected"),
        (subject, "adopted"),
    ]


def test_a_then_discussed_case_decides_nothing_more():
    rows = votes(_case("Herefter blev sagen drøftet."), "da")
    assert [r.outcome for r in rows] == ["rejected"]

"""A Danish news page reports a majority decision by its majority ("Et flertal besluttede at melde Ishøj ind i det
nordiske bynetværk Nordic Safe Cities, der ...", "Et bredt flertal i byrådet vedtog at hæve taksten."): adopted,
about what it decided to do (the 'at' clause, up to the clause's end). Look-alikes: a majority's decision dated in
an earlier year ("Et flertal besluttede i 2024 at ...") is background, and a majority's wish ("Et flertal ønsker at
se en ny trafikanalyse") decides nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NEWS = (
    "Det besluttede kommunalbestyrelsen tirsdag\n\nPubliceret 7. oktober 2026\n\n"
    "På mødet tirsdag den 6. oktober 2026 traf kommunalbestyrelsen flere beslutninger.\n\n"
)


def _rows(paragraph: str) -> list[tuple]:
    return [(r.meeting_date, r.outcome) for r in votes(NEWS + paragraph + "\n", "da")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "NORDIC SAFE CITIES\nEt flertal besluttede at melde Ishøj ind i det nordiske bynetværk Nordic Safe Cities,\n"
        "der arbejder med tryghed. Dansk Folkeparti stemte imod.",
        "TAKSTER\nEt bredt flertal i kommunalbestyrelsen vedtog at hæve taksten for madservice.",
        "SKOLER\nEt snævert flertal besluttede at samle udskolingen på én skole fra 2027.",
        "PARKERING\nEt klart flertal vedtog at indføre to timers gratis parkering i midtbyen.",
        "HAVNEN\nEt flertal på 15 besluttede at sælge havnegrunden.",
    ],
)
def test_a_majority_deciding_to_do_something_is_a_decision(paragraph):
    assert _rows(paragraph) == [("2026-10-06", "adopted")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "PARKERING\nBorgmesteren mindede om, at et flertal besluttede i 2024 at gøre de første 30 minutter gratis.",
        "TRAFIK\nEt flertal ønsker at se en ny trafikanalyse af Vejlebrovej.",
    ],
)
def test_a_majoritys_earlier_decision_or_wish_is_no_decision(paragraph):
    assert _rows(paragraph) == []

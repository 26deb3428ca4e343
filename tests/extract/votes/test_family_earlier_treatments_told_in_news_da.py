"""A Danish news page about a council meeting tells, beside this meeting's decisions, what happened to a case before:
the case "var på dagsordenen" on an earlier dated day "hvor den blev sendt tilbage" or "udsat", or "I marts
besluttede Byrådet ..." with the month (or "Sidste år", "I foråret") fronted. Such a sentence recalls an earlier
treatment: no row. This meeting's own decision in the same paragraph is a row.

Look-alikes: a sentence naming this meeting's own day ("Sagen var på dagsordenen den 12. juni 2025 og blev
godkendt") and a month fronted before a coming date ("I september skal ...") are not recalled decisions of the past
by this rule; the first is this meeting's row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

PAGE = (
    "Nyheder > Politik\n\nNYT FRA BYRÅDET\nPubliceret fredag 13. juni 2025\n\n"
    "Byrådet holdt møde torsdag den 12. juni 2025. Her er de vigtigste beslutninger.\n\n"
    "Ny daginstitution i Vestbyen\n"
)
OWN = "Byrådet godkendte anlægsbevillingen med 21 stemmer mod 4."


@pytest.mark.parametrize(
    "recalled",
    [
        "Allerede den 3. april 2025 var sagen på dagsordenen, hvor den blev sendt tilbage til udvalget.",
        "Sagen stod på dagsordenen 8. maj 2025, hvor den blev udsat.",
        "Forslaget var på byrådets dagsorden 24.04.2025, hvor det blev sendt tilbage til forvaltningen.",
        "Den 22. maj 2025 var sagen på dagsordenen første gang, men den blev udsat.",
        "I marts besluttede Byrådet at købe grunden.",
        "I februar godkendte Økonomiudvalget et skitseprojekt.",
        "Sidste år vedtog Byrådet en ny dagtilbudspolitik.",
        "I foråret besluttede Kommunalbestyrelsen at udvide antallet af pladser.",
    ],
)
def test_an_earlier_treatment_told_beside_the_decision_gives_no_row(recalled: str) -> None:
    for paragraph in (f"{OWN} {recalled}\n", f"{recalled} {OWN}\n"):
        assert [o for o, _ in outcomes(PAGE + paragraph, "da")] == ["adopted"], paragraph


def test_this_meetings_own_day_on_the_agenda_is_a_row() -> None:
    paragraph = "Sagen var på dagsordenen den 12. juni 2025 og blev godkendt med 21 stemmer mod 4.\n"
    assert [o for o, _ in outcomes(PAGE + paragraph, "da")] == ["adopted"]


def test_a_fronted_month_before_a_coming_step_is_no_earlier_decision() -> None:
    paragraph = f"{OWN} I september skal udvalget vælge en arkitekt.\n"
    assert [o for o, _ in outcomes(PAGE + paragraph, "da")] == ["adopted"]

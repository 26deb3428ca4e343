"""A heading drawn into a rule ("---- Punkt 88 · Meddelelser --------", "==== 4. Budget 2027 ====") is a line of its
own in a hard-wrapped text: it never runs on into the sentence below it (which would make the sentence part of the
case title), nor does a full line above it run on into it. Look-alikes: a wrapped sentence without a rule still
runs on, and a line ending in a single dash or an en dash is no rule. Lines written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise
from tests.extract.votes.helpers import votes

WRAPPED = [  # a paragraph wrapped at about 72 characters: the text reads as hard-wrapped
    "Udvalget drøftede status for arbejdet med den nye trafikplan og bad om at",
    "få en samlet oversigt over de projekter, der er sat i gang i 2026, og de",
    "projekter, der afventer finansiering i budgettet for de kommende år, så",
    "prioriteringen kan drøftes på et senere møde i udvalget efter sommeren.",
]
SENTENCE = "Formanden orienterede om byrådets temamøde den 30. september 2026 kl. 17."

HEADINGS = [
    "---- Punkt 88 · Meddelelser ---------------------------------------------",
    "==== Punkt 12 · Budgetopfølgning pr. 31. marts 2026 =====================",
    "------ 7. Ansøgning om tilskud til Bredebro Idrætsforening --------------",
    "____ Sag 41/26 – Lokalplan 1207 for boliger ved Nørreland _______________",
    "~~~~~ Punkt 5 · Eventuelt ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
]


def _lines(heading: str) -> list[str]:
    return normalise(["\n".join([*WRAPPED, heading, SENTENCE, *WRAPPED])])[0].split("\n")


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_heading_drawn_into_a_rule_keeps_its_own_line(heading):
    lines = _lines(heading)
    assert heading in lines
    assert lines[lines.index(heading) + 1].startswith(SENTENCE)  # not the title's wrapped end


def test_a_ruled_heading_ends_the_wrapped_paragraph_above_it():
    lines = _lines(HEADINGS[0])
    assert lines[lines.index(HEADINGS[0]) - 1].endswith("efter sommeren.")


@pytest.mark.parametrize("ending", ["på Østergade -", "på Østergade –", "på Østergade - og"])
def test_look_alike_a_line_ending_in_a_dash_still_runs_on(ending):
    line = f"Udvalget besluttede at etablere en 40 km/t-zone og to vejbump {ending}"
    text = normalise(["\n".join([*WRAPPED, line, "og Vestergade i Løgumkloster i løbet af 2027.", *WRAPPED])])[0]
    assert f"{ending} og Vestergade" in text


def test_a_briefing_under_a_ruled_heading_is_no_decision():
    text = (
        "TØNDER KOMMUNE                                     Teknik- og Miljøudvalget\n"
        "Beslutningsprotokol                                Tirsdag den 8. september 2026\n\n"
        + "\n".join(WRAPPED)
        + "\n"
        + HEADINGS[0]
        + "\n"
        + SENTENCE
        + "\nBeslutning: Ingen.\n"
        + "=" * 74
        + "\nProtokollen er godkendt af: Torben Lykke, Lise Kjær, Ole Hansen, Karin\nJessen, Peter Lund\n"
    )
    assert votes(text, "da") == []

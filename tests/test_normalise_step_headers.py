"""A committee step's header ("Beslutning Kommunalbestyrelsen den 27-05-2026", "Behandling i Formannskapet
12.02.2026") names a body and a date after a decision or treatment label: it is its own line, never the run-on of
a full line above it, however full that line is. A wrapped sentence whose next line opens with such a word in lower
case, or with the label and no date, still runs on where it did."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

FULL = (
    "Kommunen har i en lang årrække deltaget i internationale netværk, og sagen\n"
    "blev behandlet første gang på kommunalbestyrelsens møde den 22. april 2026.\n"
)


def text_of(page: str) -> str:
    return normalise([page])[0]


@pytest.mark.parametrize(
    "header",
    [
        "Beslutning Kommunalbestyrelsen den 27-05-2026",
        "Beslutning i Økonomiudvalget den 12. maj 2026",
        "Behandling i Formannskapet 12.02.2026",
        "Vedtak i Kommunestyret 18.06.2026",
        "Handsaming i Hovudutval for teknikk 26.05.2026",
        "Indstilling fra Teknik- og Miljøudvalget den 4. maj 2026",
    ],
)
def test_a_step_header_after_a_full_line_stays_its_own_line(header):
    text = text_of(FULL + header + "\nSagen udsættes til næste møde, da der mangler en vurdering af grunden.\n")
    assert f"\n{header}\n" in text


def test_a_lower_case_label_word_in_a_wrapped_sentence_still_runs_on():
    page = (
        "Kommunen har i en lang årrække deltaget i internationale netværk, og sagen\n"
        "behandling i formannskapet 12.02.2026 gav ingen nye oplysninger om grunden.\n"
    )
    assert "sagen behandling i formannskapet" in text_of(page)

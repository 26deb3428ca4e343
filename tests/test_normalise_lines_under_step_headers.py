"""A committee step's header ends at its date ("Behandling i Hovedutvalg for plan og drift - 24.02.2026"): in a
hard-wrapped text the line under it (the step's decision, "Innstillingen ble vedtatt mot 2 stemmer.") is never
the header's wrapped end, even when its first word would not have fitted on the header's line. Look-alikes: a
sentence line ending in a date still runs on, and so does a header-like line with no date at its end."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

# hard-wrapped lines of about 62 characters: a long first word under a 55-character line reads as wrapped
WRAPPED = (
    "Kommunen har i mange år deltatt i internasjonale nettverk, og\n"
    "saken ble behandlet første gang i kommunestyret i april i fjor.\n"
    "Rådmannen har lagt fram et nytt forslag etter høringsrunden nå.\n"
)


def _text(line: str, under: str) -> str:
    return normalise([WRAPPED + line + "\n" + under + "\n" + WRAPPED])[0]


@pytest.mark.parametrize(
    ("header", "under"),
    [
        ("Behandling i Hovedutvalg for plan og drift - 24.02.2026", "Innstillingen ble vedtatt mot 2 stemmer (H)."),
        ("Beslutning i Teknik- og Miljøudvalget den 08-09-2025", "Indstillingen anbefales over for Økonomiudvalget."),
        ("Handsaming i Utval for oppvekst og kultur - 14.04.2026", "Tilrådinga vart vedteken med 5 mot 2 røyster."),
        ("Vedtak i Formannskapet i Gildeskål kommune - 12.02.26", "Formannskapet tar rapporten til orientering."),
        ("Behandling i Kommunestyret i Kvitsøy kommune 12.03.2026", "Kommunedirektørens innstilling ble vedtatt."),
    ],
)
def test_the_line_under_a_dated_step_header_stays_its_own_line(header, under):
    assert f"\n{header}\n{under}\n" in _text(header, under)


@pytest.mark.parametrize(
    ("line", "under"),
    [
        ("Søknaden ble mottatt og registrert i kommunens arkiv 24.02.2026", "Kommunedirektøren har gått gjennom den."),
        ("Behandling i Hovedutvalg for plan og drift er berammet til", "Kommunedirektørens forslag foreligger."),
    ],
)
def test_a_line_that_is_no_dated_step_header_still_runs_on(line, under):
    assert f"{line} {under}" in _text(line, under)

"""A line ending in a colon introduces what is below it. In a hard-wrapped text (PDF) two such lines used to run on
with the line below or above: a committee step header ending at its date and colon ('Behandling i Hovedutvalg for
oppvekst og kultur 19.05.2026:') took the proposer line under it, and a one-line lead-in ('Kari Lunde (SV) fremmet
forslag om utsettelse:') after a full line ending a sentence was glued to that sentence. Both now stand on their own
line. Look-alikes: a lead-in whose sentence began on the line above (a real wrap), a step label whose next line goes
on in lower case ('... "Autovrije Langestraat":' / 'aangenomen met 21 stemmen'), and a short last sentence of a
wrapped paragraph still run on."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

# a hard-wrapped paragraph (lines of about 75 characters, the last one full and ending a sentence)
WRAPPED = (
    "Saken har vært til behandling i flere utvalg, og administrasjonen har lagt fram\n"
    "nye tall for elevtall, kapasitet og kostnader for hver skole i kommunen i år.\n"
    "Høringen ga mange innspill fra foreldre, elevråd og tillitsvalgte i skolene.\n"
)


def text_of(page: str) -> str:
    return normalise([page])[0]


def page(*lines: str) -> str:
    return WRAPPED + "\n".join(lines) + "\n\n" + WRAPPED


STEPS = [
    ("Behandling i Hovedutvalg for oppvekst og kultur 19.05.2026:", "Mari Dokken (KrF) fremmet tilleggsforslag:"),
    ("Behandling i Formannskapet 02.06.2026:", "Senterpartiet ba om at saken ble utsatt til neste møte i juni."),
    ("Handsaming i Hovudutval for teknikk og miljø 11.03.2026:", "Per Vik (Sp) sette fram slikt framlegg:"),
    ("Vedtak i Kommunestyret 16.06.2026:", "Kommunedirektørens innstilling ble enstemmig vedtatt uten merknader."),
    ("Behandling i Utvalg for helse og omsorg 3.2.2026:", "Jon Strand (Sp) erklærte seg inhabil, og vara møtte."),
    ("Beslutning i Økonomiudvalget den 11. maj 2026, pkt. 140:", "Anbefales over for byrådet med de nævnte ændringer."),
]


@pytest.mark.parametrize(("step", "below"), STEPS)
def test_a_step_header_ending_at_its_colon_stays_apart_from_the_line_below(step, below):
    assert f"\n{step}\n{below}\n" in text_of(page(step, below))


LEAD_INS = [
    "Kari Lunde (SV) fremmet forslag om utsettelse:",
    "Forslag fra Per Kasin (FrP), forslag F:",
    "Ingrid Moe (H) sette fram dette framlegget:",
    "Ændringsforslag fra Gitte Holm (A):",
    "Kommunestyret gjorde slikt vedtak:",
    "Eind 2025 was de gemeente lid van de volgende netwerken:",
]


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_a_one_line_lead_in_after_a_finished_sentence_starts_its_own_line(lead_in):
    text = text_of(page(lead_in, "«Skolen opprettholdes som egen skole ut skoleåret 2029/2030.»"))
    assert f"skolene.\n{lead_in}\n" in text


def test_a_lead_in_whose_sentence_began_on_the_line_above_still_runs_on():
    above = "Etter en lang debatt om kapasiteten på skolene fremmet Kari Lunde (SV) følgende"
    text = text_of(page(above, "forslag om utsettelse:", "«Saken utsettes til september.»"))
    assert f"{above} forslag om utsettelse:" in text


def test_a_step_label_whose_next_line_goes_on_in_lower_case_still_runs_on():
    label = 'Amendement A1 (GroenLinks, PvdA, Partij voor de Dieren) "Autovrije Langestraat":'
    text = text_of(page(label, "aangenomen met 21 stemmen voor en 16 stemmen tegen."))
    assert f"{label} aangenomen met 21" in text


@pytest.mark.parametrize("last", ["Saken er ferdig behandlet.", "Det gjelder fra 2027."])
def test_a_short_last_sentence_of_a_wrapped_paragraph_still_runs_on(last):
    assert f"skolene. {last}" in text_of(page(last, "", "Neste sak."))

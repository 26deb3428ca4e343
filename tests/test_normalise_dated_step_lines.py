"""A committee step written as a body name and its date before a colon ('Økonomiudvalget, 15.06.2026:
Anbefales.') is the next step of a case: it starts its own line in every language, even under a full line that
ends in a full stop, whatever the wrap width. A sentence that merely opens with a body name and a date, with no
colon after the date, is a wrapped line's run-on and still joins the line above."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

FILLER = {
    "narrow": "Planen blev sendt i høring, og der kom tre bemærkninger fra\nnaboerne.",
    "wide": (
        "Forvaltningen har gennemgået høringssvarene, og planen er tilrettet på de punkter, som naboerne\n"
        "har peget på i høringen."
    ),
}


def text_of(page: str) -> str:
    return normalise([page])[0]


def steps_page(width: str, first: str, second: str) -> str:
    filler = FILLER[width]
    return f"{filler}\n{first}\n{second}\n\n{filler}\n"


@pytest.mark.parametrize("width", sorted(FILLER))
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Plan- og Miljøudvalget, 10.06.2026: Anbefales over for Økonomiudvalget og Byrådet til godkendelse.",
            "Økonomiudvalget, 15.06.2026: Anbefales.",
        ),
        (
            "Teknik- og Miljøudvalget den 4. maj 2026, pkt. 56: Udvalget anbefaler planen med de nævnte ændringer.",
            "Økonomiudvalget den 19. maj 2026, pkt. 88: Anbefales.",
        ),
        (
            "Hovudutval for plan og miljø 03.04.2025, sak 14/25: Innstillinga vart samrøystes tilrådd vidare.",
            "Formannskapet 22.04.2025, sak 31/25: Tilrådd.",
        ),
        (
            "Utvalg for oppvekst og kultur - 12.02.2026: Rådmannens innstilling ble enstemmig vedtatt i møtet.",
            "Formannskapet - 26.02.2026: Innstillingen ble enstemmig vedtatt.",
        ),
        (
            "Commissie Ruimte en Wonen, 3 juni 2026: De commissie adviseert positief over het voorstel aan de raad.",
            "Gemeenteraad, 24 juni 2026: Aangenomen met 21 stemmen voor en 4 tegen.",
        ),
        (
            "Hovudutval for oppvekst si handsaming i møte 03.04.2025: Innstillinga vart samrøystes tilrådd vidare.",
            "Formannskapets vedtak 22.04.2025: Innstillinga vart vedteken med 9 mot 2 røyster.",
        ),
        (
            "Børne- og Skoleudvalget 02-03-2026: Udvalget anbefaler indstillingen over for Økonomiudvalget.",
            "Kommunalbestyrelsen 26-03-2026: Godkendt som indstillet af Børne- og Skoleudvalget.",
        ),
    ],
)
def test_a_dated_step_line_starts_its_own_line(width, first, second):
    text = text_of(steps_page(width, first, second))
    assert f"\n{first}\n{second}" in text


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        (
            "Sagen blev først behandlet i udvalget for teknik og miljø, hvorefter den gik videre til",
            "Økonomiudvalget, som mødtes den 15.06.2026, anbefalede planen uden ændringer til byrådet.",
            "videre til Økonomiudvalget, som mødtes",
        ),
        (
            "Saka har vore oppe fleire gonger, og etter ein lang runde med innspel frå innbyggjarane gjekk",
            "Formannskapet 22.04.2025 inn for å sende saka attende til administrasjonen for ny vurdering.",
            "gjekk Formannskapet 22.04.2025 inn",
        ),
    ],
)
def test_a_sentence_opening_with_a_body_and_a_date_still_runs_on(above, below, joined):
    filler = FILLER["wide"]
    text = text_of(f"{filler}\n{above}\n{below}\n{filler}\n")
    assert joined in text

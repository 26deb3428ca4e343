"""Family: a tracker's legend laid out in columns ("Tegnforklaring: ■ Fullført   ▲ Pågår   □ Ikkje starta"), its
symbols ones no language reads by default (arrows, shapes, dingbats): each symbol takes the status its own
entry names, never the next entry's, and the rows' symbol column reads through it. A symbol without a legend
states nothing. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

LABEL = {"da": "Signaturforklaring", "nb": "Tegnforklaring", "nn": "Teiknforklaring", "nl": "Legenda"}
HEADER = {
    "da": "Nr.   Handling                              Status   Bemærkning",
    "nb": "Nr.   Tiltak                                Status   Kommentar",
    "nn": "Nr.   Tiltak                                Status   Merknad",
    "nl": "Nr.   Actie                                 Status   Toelichting",
}
# (done, going, paused, not started) in each language's words
WORDS = {
    "da": ("Gennemført", "I gang", "Sat i bero", "Ikke startet"),
    "nb": ("Fullført", "Pågår", "Satt på vent", "Ikke startet"),
    "nn": ("Fullført", "Pågår", "Utsett", "Ikkje starta"),
    "nl": ("Gereed", "Loopt", "On hold", "Niet gestart"),
}
TITLES = {
    "da": ("Solceller på kommunale bygninger", "Varmeplan for Østbyen", "Ladestandere ved hallen", "Delecykler"),
    "nb": ("Solceller på kommunale bygg", "Varmeplan for sentrum", "Ladestasjoner ved hallen", "Bysykler"),
    "nn": ("Solceller på kommunale bygg", "Varmeplan for sentrum", "Ladestasjonar ved hallen", "Bysyklar"),
    "nl": (
        "Zonnepanelen op gemeentelijk vastgoed",
        "Warmtevisie wijk Oost",
        "Laadpleinen bij de sporthal",
        "Deelfietsen",
    ),
}
SYMBOLS = [("■", "▲", "▼", "□"), ("✔", "►", "‖", "☐"), ("◆", "→", "⏸", "◇"), ("★", "▶", "◼", "☆")]
STATUSES = ("completed", "in_progress", "paused", "not_started")


def _tracker(language: str, symbols: tuple[str, ...]) -> str:
    legend = "   ".join(f"{s} {w}" for s, w in zip(symbols, WORDS[language], strict=True))
    body = [f"1.{i}   {t:<38}{s}        Ok." for i, (t, s) in enumerate(zip(TITLES[language], symbols, strict=True), 1)]
    return text_of(f"{LABEL[language]}: {legend}", "", HEADER[language], *body)


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
@pytest.mark.parametrize("symbols", SYMBOLS)
def test_symbol_column_reads_through_a_legend_laid_out_in_columns(language: str, symbols: tuple[str, ...]) -> None:
    assert rows(_tracker(language, symbols), language) == [
        (f"1.{i}", title, status) for i, (title, status) in enumerate(zip(TITLES[language], STATUSES, strict=True), 1)
    ]


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_unknown_symbols_without_a_legend_state_no_status(language: str) -> None:
    text = text_of(HEADER[language], *(f"1.{i}   {t:<38}◆        Ok." for i, t in enumerate(TITLES[language], 1)))
    assert {status for _, _, status in rows(text, language)} <= {"unknown"}

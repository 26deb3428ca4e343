"""A line saying the text is not the approved minutes ("Røystingsresultata ... er ikkje godkjend møtebok.",
"Protokollen er ikke godkjent ennå.") is page furniture about the record itself: it decides nothing, so
the last case above it gets no rejected row. Look-alikes: a case whose decision is not approved ("Søknaden vart
ikkje godkjend.") is still rejected. All texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

_NB = "Kommunestyret\nMøtedato: 28.05.2026\n\nPS 45/26 Interpellasjon om legedekning\nOrdføreren svarte.\n\n"
_NN = "Kommunestyret\nMøtedato: 28.05.2026\n\nPS 45/26 Interpellasjon om legedekning\nOrdføraren svara.\n\n"


@pytest.mark.parametrize(
    ("language", "footer"),
    [
        ("nb", "Forklaring: Voteringsresultatene er hentet fra voteringsanlegget og er ikke godkjent protokoll.\n"),
        ("nb", "Dette er ikke godkjent protokoll.\n"),
        ("nb", "Protokollen er ikke godkjent ennå.\n"),
        ("nb", "Merk: Referatet er ikke godkjent og kan bli endret.\n"),
        ("nb", "Møteboka er ennå ikke godkjent av kommunestyret.\n"),
        ("nn", "Forklaring: Røystingsresultata er henta frå voteringsanlegget og er ikkje godkjend møtebok.\n"),
        ("nn", "Dette er ikkje godkjend møtebok.\n"),
        ("nn", "Protokollen er ikkje godkjend enno.\n"),
        ("nn", "Merk: Referatet er ikkje godkjent og kan verte endra.\n"),
        ("nn", "Møteboka er enno ikkje godkjend av kommunestyret.\n"),
    ],
)
def test_a_line_saying_the_text_is_not_the_approved_minutes_decides_nothing(language: str, footer: str) -> None:
    text = (_NB if language == "nb" else _NN) + footer
    assert outcomes(text, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nb", "Vedtak: Søknaden ble ikke godkjent.\n"),
        ("nn", "Vedtak: Søknaden vart ikkje godkjend.\n"),
    ],
)
def test_a_case_not_approved_is_still_rejected(language: str, sentence: str) -> None:
    text = (_NB if language == "nb" else _NN) + sentence
    assert "rejected" in [outcome for outcome, _ in outcomes(text, language)]

"""Family (da, nb, nn): the minutes' closing lines run on under the last item's decision ("Vedtak: Referatsakene tas
til orientering." / "Møtet hevet kl. 22:15. Protokollen godkjennes i neste møte.") are the meeting's end and the
record's sign-off: the item keeps its own decision, its outcome and subject read from that decision alone. A
decision sentence after the first one that is no closing line still counts."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {
    "da": "Økonomiudvalget\nMødedato: 9. september 2026\n\n118. Meddelelser\n",
    "nb": "Kommunestyret\nMøtedato: 16.06.2026\n\nPS 47/26 Referatsaker\n",
    "nn": "Kommunestyret\nMøtedato: 18.06.2026\n\nKS-sak 37/26 Meldingar\n",
}

CLOSED = [
    (
        "nb",
        "Vedtak: Referatsakene tas til orientering.\nMøtet hevet kl. 22:15. Protokollen godkjennes i neste møte.",
        "noted",
    ),
    ("nb", "Vedtak: Saken tas til orientering.\nMøtet ble hevet kl. 21.40.", "noted"),
    (
        "nb",
        "Vedtak: Enstemmig vedtatt.\nMøtet hevet kl. 19.05. Protokollen godkjennes ved elektronisk signering.",
        "adopted",
    ),
    ("nn", "Vedtak: Meldingane vert tekne til vitande.\nMøtet vart heva kl. 15.10.", "noted"),
    (
        "nn",
        "Vedtak: Saka vert teken til vitande.\nOrdføraren heva møtet kl. 16.00. Møteboka vert godkjend i neste møte.",
        "noted",
    ),
    ("da", "Beslutning: Orienteringen blev taget til efterretning.\nMødet hævet kl. 17.30.", "noted"),
    ("da", "Beslutning: Godkendt.\nFormanden hævede mødet kl. 18.10. Referatet er godkendt elektronisk.", "adopted"),
]


@pytest.mark.parametrize(("language", "body", "outcome"), CLOSED)
def test_the_closing_lines_below_the_last_decision_are_no_part_of_it(language, body, outcome):
    rows = outcomes(HEAD[language] + body + "\n", language)
    assert [o for o, _ in rows] == [outcome]
    assert not any("møte" in (s or "").lower() or "møde" in (s or "").lower() for _, s in rows)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Vedtak: Søknaden innvilges. Tilskuddet utbetales i 2027."),
        ("da", "Beslutning: Sagen tages til efterretning. Udvalget ønsker en ny status i juni."),
    ],
)
def test_a_second_sentence_that_closes_nothing_stays_with_the_decision(language, body):
    rows = outcomes(HEAD[language] + body + "\n", language)
    assert [o for o, _ in rows] == ["adopted"]

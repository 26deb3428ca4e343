"""Family (nb, nn): an earlier decision recalled by its case number carries the body's prefix as often as not
("Kommunestyret vedtok i KS-sak 12/25 at ...", "jf. FS-sak 31/24", "vedteke i PS-sak 8/23"): like "i sak 12/25" it
is background to this meeting, no row. This meeting's own decisions next to it keep their rows."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {
    "nb": "Kommunestyret\nMøtedato: 18.06.2026\n\nKS-sak 37/26 Salg av Vik skole\n",
    "nn": "Kommunestyret\nMøtedato: 18.06.2026\n\nKS-sak 37/26 Sal av Vik skule\n",
}

RECALLED = [
    ("nn", "Kommunestyret vedtok i KS-sak 12/25 at sal av kommunale bygg skal drøftast med bygdelaga først."),
    ("nn", "Formannskapet vedtok i FS-sak 31/24 å greie ut sal av skulen."),
    ("nn", "Planen vart vedteken i PS-sak 8/23 med 15 mot 6 røyster."),
    ("nb", "Bystyret vedtok i BS-sak 118/25 å legge tomten ut for salg."),
    ("nb", "Kommunestyret vedtok under KS-sak 44/25 å utrede skolestrukturen."),
    ("nb", "I KS-sak 19/24 ble salget enstemmig vedtatt av kommunestyret."),
]


@pytest.mark.parametrize(("language", "body"), RECALLED)
def test_an_earlier_decision_named_by_a_prefixed_case_number_gives_no_row(language, body):
    assert outcomes(HEAD[language] + "Ingen saker.\n\n" + body + "\n", language) == []


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nn", "Kommunestyret vedtok i KS-sak 12/25 at bygdelaga skal høyrast.\nVedtak: Samrøystes vedteke."),
        (
            "nb",
            "Bystyret vedtok i BS-sak 118/25 å legge tomten ut for salg.\nVedtak: Innstillingen ble enstemmig vedtatt.",
        ),
    ],
)
def test_this_meetings_decision_beside_the_recalled_one_keeps_its_row(language, body):
    assert [o for o, _ in outcomes(HEAD[language] + body + "\n", language)] == ["adopted"]

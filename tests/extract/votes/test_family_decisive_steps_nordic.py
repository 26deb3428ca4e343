"""Family (da, nb, nn): a treatment step's header ("Behandling i Formannskapet – 12.02.2026", "Plan- og
Miljøudvalget 08-09-2026, pkt. 77:") followed by the body's decision in its own words, with no decision label and
no vote words ("Formannskapet slutter seg til kommunedirektørens forslag.", "Udvalget anbefaler, at ..."): the
step's decision. A step whose lines only tell what happened or what comes next decides nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

STEPS = [
    (
        "nb",
        "Formannskapet\nMøtedato: 12.02.2026\n\nSak 9/26 Høringsuttalelse til regional transportplan\n"
        "Behandling i Formannskapet – 12.02.2026\n"
        "Formannskapet slutter seg til kommunedirektørens forslag til høringsuttalelse.\n",
    ),
    (
        "nb",
        "Formannskapet\nMøtedato: 05.03.2026\n\nSak 14/26 Tilskudd til Vinterfest 2026\n"
        "Behandling i Formannskapet – 05.03.2026\nFormannskapet bevilger kr 50 000 til Vinterfest 2026.\n",
    ),
    (
        "nn",
        "Formannskapet\nMøtedato: 03.09.2026\n\nSak 55/26 Uttale til regional plan\n"
        "Handsaming i Formannskapet – 03.09.2026\nFormannskapet sluttar seg til uttalen frå kommunedirektøren.\n",
    ),
    (
        "da",
        "Kommunalbestyrelsen\nMødedato: 23. september 2026\n\nPkt. 143  Byudvikling ved Nærum Station\n"
        "Historik\n  Plan- og Miljøudvalget 08-09-2026, pkt. 77:\n"
        "  Udvalget godkender, at der udarbejdes en helhedsplan.\n",
    ),
    (
        "da",
        "Kommunalbestyrelsen\nMødedato: 23. september 2026\n\nPkt. 150  Ny legeplads i Holte\n"
        "Teknik- og Miljøudvalget 10-09-2026, pkt. 81:\n  Udvalget bevilger 0,4 mio. kr. til legepladsen.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), STEPS)
def test_a_step_deciding_in_its_own_words_is_a_decision(language, text):
    assert [r.outcome for r in votes(text, language)] == ["adopted"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nb",
            "Formannskapet\nMøtedato: 12.02.2026\n\nSak 9/26 Høringsuttalelse til regional transportplan\n"
            "Behandling i Formannskapet – 12.02.2026\nKommunedirektøren orienterte om planen.\n",
        ),
        (
            "nb",
            "Formannskapet\nMøtedato: 12.02.2026\n\nSak 9/26 Høringsuttalelse til regional transportplan\n"
            "Behandling i Formannskapet – 12.02.2026\nFylkestinget skal vedta planen i juni 2026.\n",
        ),
    ],
)
def test_a_step_telling_what_happened_or_comes_next_decides_nothing(language, text):
    assert votes(text, language) == []

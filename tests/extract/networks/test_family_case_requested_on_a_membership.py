"""Family: a body asks for a case, a proposal or a report on a membership ("har bedt om en sak om medlemskap i X",
"ba kommunedirektøren legge fram sak om innmelding i X", "heeft gevraagd om een voorstel over het lidmaatschap van
X"): the membership is only asked about, no row. Look-alikes: an application for membership still counts (dev
convention: applying is joining), and a joining in a later sentence still counts. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

REQUESTED = [
    ("nb", "Fjellby", "Formannskapet har bedt om en sak om medlemskap i Eurocities."),
    ("nb", "Fjellby", "Bystyret ba i mai kommunedirektøren legge fram en sak om innmelding i ICLEI før sommeren."),
    ("nn", "Dalby", "Kommunestyret har bede om ei sak om medlemskap i Energy Cities. Saka kjem i haust."),
    ("nn", "Dalby", "Formannskapet bad rådmannen om ei sak om innmelding i Mayors for Peace."),
    ("da", "Vejby", "Økonomiudvalget har bedt om en sag om medlemskab af Cittaslow til behandling i 2027."),
    ("da", "Vejby", "Byrådet bad i marts forvaltningen om en sag om indmeldelse i Energy Cities."),
    ("nl", "Beekdorp", "De raad heeft het college gevraagd om een voorstel over het lidmaatschap van Eurocities."),
    ("nl", "Beekdorp", "Het college wordt verzocht om een voorstel voor toetreding tot ICLEI voor te leggen."),
]


@pytest.mark.parametrize(("language", "town", "sentence"), REQUESTED)
def test_a_case_asked_for_on_a_membership_is_no_row(language, town, sentence):
    assert networks(f"Internasjonalt\n\n{sentence}\n", language, town) == set()


HELD = [
    ("nb", "Fjellby", "Kommunen har søkt om medlemskap i Eurocities.", {"Eurocities"}),
    ("da", "Vejby", "Kommunen er medlem af ICLEI og har bedt om en sag om medlemskab af Cittaslow.", {"ICLEI"}),
    (
        "nn",
        "Dalby",
        "Formannskapet bad om ei sak om medlemskap i ICLEI. I juni vedtok kommunestyret å melde kommunen inn i ICLEI.",
        {"ICLEI"},
    ),
    ("nl", "Beekdorp", "De gemeente is sinds 2015 lid van Energy Cities.", {"Energy Cities"}),
]


@pytest.mark.parametrize(("language", "town", "sentence", "expected"), HELD)
def test_an_application_or_a_membership_beside_such_a_request_still_counts(language, town, sentence, expected):
    assert networks(f"Internasjonalt\n\n{sentence}\n", language, town) == expected

"""A Danish report naming its body by its unanimity as the agent who decided to do something ("Et enigt byråd
besluttede at sætte en forundersøgelse i gang.", "En samlet kommunalbestyrelse besluttede at ...") is an adopted,
unanimous decision, as "Et enigt byråd godkendte ..." is. Look-alikes: the same words recalling an earlier year
decide nothing this meeting; deciding to postpone is no adoption.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = (
    "Nyheder fra Testby Kommune\nPubliceret torsdag den 25. juni 2026\n\n"
    "Testby Byråd holdt onsdag den 24. juni 2026 sit sidste møde før sommerferien.\n\n{line}\n\n"
    "Kontakt: Kommunikation, tlf. 65 51 00 00\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Et enigt byråd besluttede at sætte en forundersøgelse af letbanen i gang. Den koster 3,5 mio. kr.",
        "Et samlet byråd besluttede at udvide åbningstiden på hovedbiblioteket fra 1. august.",
        "Et enigt udvalg besluttede at købe to nye elbusser til den lokale rute.",
        "Et enigt økonomiudvalg besluttede at sælge grunden på Havnevej 4.",
        "En samlet kommunalbestyrelse besluttede at melde kommunen ind i Nordic Safe Cities.",
        "En enig kommunalbestyrelse besluttede at give foreningen et tilskud på 200.000 kr.",
    ],
)
def test_a_unanimous_body_deciding_to_act_is_adopted_unanimously(line):
    rows = [(r.outcome, r.unanimous) for r in votes(PAGE.format(line=line), "da")]
    assert rows == [("adopted", True)]


def test_the_same_words_about_an_earlier_year_decide_nothing():
    line = "Et enigt byråd besluttede allerede i 2024 at arbejde for en letbane til Vollsmose."
    assert votes(PAGE.format(line=line), "da") == []


def test_deciding_to_postpone_is_no_adoption():
    line = "Et enigt byråd besluttede at udsætte sagen om betalingsparkering til august."
    assert "adopted" not in [r.outcome for r in votes(PAGE.format(line=line), "da")]

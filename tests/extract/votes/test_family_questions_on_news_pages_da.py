"""A Danish news page's teaser or link headline that asks ("Byrådet godkendte budget 2026 – hvad betyder det for
dig?", "Har byrådet godkendt den nye skolestruktur?") reports no decision of the meeting, whatever its verb: no
row. Look-alikes: the answer under such a question keeps its row; a decision sentence followed by a question of its
own ("... en ny svømmehal ved skolen. Hvornår kan du bade?") keeps its row; minutes are not news pages (a question
there is left to the minutes' own readers: a chair's question may carry the consent that decides).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import NEWS, votes

TOP = NEWS["da"]
HEAD = "Byrådet\nMødedato: 24. september 2026\n\nPkt. 5 Havnebade\nBeslutning:\n"


def _rows(text: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(text + "\n", "da")]


@pytest.mark.parametrize(
    "teaser",
    [
        "Byrådet godkendte budget 2026 – hvad betyder det for dig?\n(Artiklen fra oktober 2025 kan stadig læses her.)",
        "Kommunalbestyrelsen vedtog ny affaldsordning: Hvad skal du gøre nu?",
        "Blev lokalplanen for Nørrebakken vedtaget?",
        "Byrådet sagde ja til ny svømmehal – hvornår kan du bade?",
        "Hvorfor godkendte udvalget ikke den nye busplan?",
    ],
)
def test_a_question_on_a_news_page_reports_no_decision(teaser):
    assert _rows(TOP + teaser) == []


def test_the_answer_under_a_question_keeps_its_row():
    text = TOP + "Har byrådet godkendt den nye skolestruktur?\nSvaret er ja: Skolestrukturen blev vedtaget enstemmigt."
    assert _rows(text) == [("Skolestrukturen", "adopted", True)]


def test_a_decision_followed_by_a_question_of_its_own_keeps_its_row():
    text = (
        TOP + "NY SVØMMEHAL\nByrådet sagde ja til en ny svømmehal ved skolen. Hvornår kan du bade? Det ved vi i 2027."
    )
    assert [outcome for _, outcome, _ in _rows(text)] == ["adopted"]


def test_a_question_beside_a_decision_in_minutes_leaves_the_decision():
    text = HEAD + "Forslaget blev godkendt. Hvad sker der nu? Forvaltningen orienterer på næste møde."
    assert _rows(text) == [("Havnebade", "adopted", None)]

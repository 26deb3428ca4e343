"""News summaries often open with when or where the meeting decided and put the council after the verb
("Torsdag vedtok bystyret ...", "På møtet mandag 8. juni vedtok bystyret ...", "I aftes vedtog byrådet ...").
That is one adopted row whose subject is the object, without counts; a year in front ("I 2019 vedtok
bystyret ...") recalls an earlier decision and gives no row. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NEWS = {"da": "Nyheder\n\n", "nb": "Nyheter\n\n", "nn": "Nyheiter\n\n"}


def _rows(language: str, text: str) -> list[tuple[str | None, str, int | None, int | None]]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(NEWS[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Torsdag vedtok bystyret en ny klimaplan for byen.\n", ("en ny klimaplan for byen", None, None)),
        ("nb", "I går kveld vedtok kommunestyret budsjettet for 2027.\n", ("budsjettet for 2027", None, None)),
        ("nb", "På møtet mandag vedtok formannskapet å selge tomta.\n", ("å selge tomta", None, None)),
        ("nb", "Onsdag godkjente bystyret avtalen med 30 mot 9 stemmer.\n", ("avtalen", 30, 9)),
        ("nb", "I møtet tirsdag vedtok bystyret ny skolestruktur.\n", ("ny skolestruktur", None, None)),
        ("nn", "I går vedtok kommunestyret ein ny plan for kulturbygg.\n", ("ein ny plan for kulturbygg", None, None)),
        ("nn", "Torsdag vedtok heradsstyret å byggje ny hall.\n", ("å byggje ny hall", None, None)),
        ("nn", "På møtet måndag godkjende formannskapet avtalen.\n", ("avtalen", None, None)),
        ("nn", "I kveld vedtok kommunestyret budsjettet med 20 mot 5 røyster.\n", ("budsjettet", 20, 5)),
        ("nn", "I møtet onsdag vedtok kommunestyret ny skulestruktur.\n", ("ny skulestruktur", None, None)),
        ("da", "I aftes vedtog byrådet en ny klimaplan med 20 stemmer mod 9.\n", ("en ny klimaplan", 20, 9)),
        (
            "da",
            "Mandag godkendte kommunalbestyrelsen lokalplanen for Havnen.\n",
            ("lokalplanen for Havnen", None, None),
        ),
        ("da", "På mødet besluttede byrådet at sælge skolen.\n", ("at sælge skolen", None, None)),
        (
            "da",
            "I går vedtog økonomiudvalget et anlægsbudget til Hallen.\n",
            ("et anlægsbudget til Hallen", None, None),
        ),
        ("da", "Tirsdag aften vedtog byrådet budgettet for 2027.\n", ("budgettet for 2027", None, None)),
    ],
)
def test_a_decision_told_after_when_it_was_taken_is_about_its_object(language, text, expected):
    subject, votes_for, votes_against = expected
    assert _rows(language, text) == [(subject, "adopted", votes_for, votes_against)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "I 2019 vedtok bystyret en ny klimaplan. Nå skal den revideres.\n"),
        ("nn", "I 2018 vedtok kommunestyret ein ny plan.\n"),
        ("da", "I 2017 vedtog byrådet en klimaplan.\n"),
        ("nb", "Torsdag vil bystyret vedta en ny klimaplan.\n"),
    ],
)
def test_a_year_in_front_or_a_coming_decision_is_no_row(language, text):
    assert _rows(language, text) == []

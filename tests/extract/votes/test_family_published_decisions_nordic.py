"""A page that publishes a council decision: a lead line naming the body, the decision verb and the
date, ending in a colon ("Kommunestyret vedtok følgende torsdag 28.09.2023:"), then the decision text,
often in quotes. One row: the body and date of the lead, the decision's first sentence as the subject,
adopted; a lead without a date gives no date. A sentence retelling a decision gives no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _rows(text: str, language: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(r.body, r.meeting_date, r.subject, r.outcome) for r in votes(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Vennskapsby\n\nPublisert 03.10.2023\n\nKommunestyret vedtok følgende torsdag 28.09.2023:\n\n«Vennskaps"
            "byavtalen med Lund avsluttes fra 1.1.2024.\n\nKommunedirektøren får fullmakt til å sende brev.»\n",
            "nb",
            ("Kommunestyret", "2023-09-28", "Vennskapsbyavtalen med Lund avsluttes fra 1.1.2024"),
        ),
        (
            "Nyhet\n\nBystyret vedtok i møtet 14. mars 2024 følgende:\n\nKommunen søker medlemskap i Eurocities.\n",
            "nb",
            ("Bystyret", "2024-03-14", "Kommunen søker medlemskap i Eurocities"),
        ),
        (
            "Aktuelt\n\nFormannskapet fattet følgende vedtak 05.02.2025:\n\n«Det settes av 500 000 kroner til "
            "ungdomsutveksling med Tartu.»\n",
            "nb",
            ("Formannskapet", "2025-02-05", "Det settes av 500 000 kroner til ungdomsutveksling med Tartu"),
        ),
        (
            "Nyheit\n\nKommunestyret gjorde dette vedtaket 12.06.2025:\n\n«Kommunen går inn i nettverket "
            "Klimapartnarar.»\n",
            "nn",
            ("Kommunestyret", "2025-06-12", "Kommunen går inn i nettverket Klimapartnarar"),
        ),
        (
            "Heradsstyret vedtok 3. mars 2022 fylgjande:\n\nSkulebruksplanen vert godkjend.\n",
            "nn",
            ("Heradsstyret", "2022-03-03", "Skulebruksplanen"),
        ),
        (
            'Nyhed\n\nByrådet besluttede på sit møde den 27. januar 2020 følgende:\n\n"Venskabsbysamarbejdet med '
            'Tartu fortsætter i 2020-2023."\n',
            "da",
            ("Byrådet", "2020-01-27", "Venskabsbysamarbejdet med Tartu fortsætter i 2020-2023"),
        ),
        (
            "Nyhed\n\nByrådet traf følgende beslutning:\n\n«Kommunen melder sig ud af netværket.»\n",
            "da",
            ("Byrådet", None, "Kommunen melder sig ud af netværket"),
        ),
        (
            "Kommunalbestyrelsen vedtog den 12.03.2024:\n\nKommunen indtræder i DK2020-samarbejdet.\n",
            "da",
            ("Kommunalbestyrelsen", "2024-03-12", "Kommunen indtræder i DK2020-samarbejdet"),
        ),
    ],
)
def test_a_published_decision_is_one_row_dated_by_its_lead(text, language, expected):
    assert _rows(text, language) == [(*expected, "adopted")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Planen\n\nKommunestyret vedtok planen 14.03.2019. Den gjelder til 2030.\n", "nb"),
        ("Historikk\n\nByrådet vedtog i 2015 en klimaplan, som nu revideres.\n", "da"),
    ],
)
def test_a_retold_decision_gives_no_row(text, language):
    assert _rows(text, language) == []

"""A Dutch or Flemish page that publishes a council decision: a lead line naming the body, the verb and
the date, ending in a colon ("De gemeenteraad heeft op 9 april 2024 het volgende besloten:", "Besluit van
de gemeenteraad van 12 maart 2024:"), then the decision text, often in quotes. One row: the body and date
of the lead, the decision's first sentence (or first numbered point) as the subject without its quote
marks, adopted. A lead without a decision verb, an agenda announcing a decision and a sentence retelling
one give no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _rows(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(r.body, r.meeting_date, r.subject, r.outcome) for r in votes(text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Nieuws\n\nDe gemeenteraad heeft op 9 april 2024 het volgende besloten:\n\n"De stedenband met Lublin '
            'wordt per 1 januari 2025 beëindigd.\n\nHet college wordt gevraagd de partners te informeren."\n',
            ("gemeenteraad", "2024-04-09", "De stedenband met Lublin wordt per 1 januari 2025 beëindigd"),
        ),
        (
            "Raadsbesluit\n\nDe raad besloot in de vergadering van 12 maart 2024:\n\nDe gemeente treedt toe tot "
            "het Klimaatverbond.\n",
            ("gemeenteraad", "2024-03-12", "De gemeente treedt toe tot het Klimaatverbond"),
        ),
        (
            "Op 3 juni 2025 nam de gemeenteraad het volgende besluit:\n\n‘Het klimaatplan 2025-2030 wordt "
            "vastgesteld.’\n",
            ("gemeenteraad", "2025-06-03", "Het klimaatplan 2025-2030 wordt vastgesteld"),
        ),
        (
            'Nieuws\n\nDe gemeenteraad van Testby nam op dinsdag 14 januari 2025 het volgende besluit:\n\n"De '
            'stedenband met Tartu wordt voortgezet. Het college rapporteert jaarlijks."\n',
            ("gemeenteraad", "2025-01-14", "De stedenband met Tartu wordt voortgezet"),
        ),
        (
            "De gemeenteraad heeft het volgende besluit genomen:\n\nDe samenwerking met Tartu wordt voortgezet.\n",
            ("gemeenteraad", None, "De samenwerking met Tartu wordt voortgezet"),
        ),
        (
            "Nieuws\n\nDe gemeenteraad keurde op 24 februari 2025 het volgende goed:\n\n“De gemeente stapt uit "
            "het netwerk Eurocities.”\n",
            ("gemeenteraad", "2025-02-24", "De gemeente stapt uit het netwerk Eurocities"),
        ),
        (
            "Nieuws\n\nIn zitting van 12 maart 2024 besliste de gemeenteraad:\n\nDe jumelage met Ieper wordt "
            "stopgezet.\n",
            ("gemeenteraad", "2024-03-12", "De jumelage met Ieper wordt stopgezet"),
        ),
        (
            "De raad voor maatschappelijk welzijn heeft in zitting van 5.11.2024 het volgende beslist:\n\nHet "
            "OCMW treedt toe tot het Lokaal Energie- en Klimaatpact.\n",
            (
                "raad voor maatschappelijk welzijn",
                "2024-11-05",
                "Het OCMW treedt toe tot het Lokaal Energie- en Klimaatpact",
            ),
        ),
        (
            "Nieuws\n\nBesluit van de gemeenteraad van 12 maart 2024:\n\nDe jumelage met Ieper wordt stopgezet.\n",
            ("gemeenteraad", "2024-03-12", "De jumelage met Ieper wordt stopgezet"),
        ),
        (
            "Raadsbesluit van dinsdag 14 januari 2025:\n\nHet klimaatplan wordt vastgesteld.\n",
            ("gemeenteraad", "2025-01-14", "Het klimaatplan wordt vastgesteld"),
        ),
        (
            "Nieuws\n\nDe gemeenteraad heeft in zijn vergadering van 9 april 2024 besloten:\n\n1. de stedenband "
            "met Lublin te beëindigen;\n2. het college te vragen dit te melden.\n",
            ("gemeenteraad", "2024-04-09", "de stedenband met Lublin te beëindigen"),
        ),
        (
            "Nieuws\n\nOp 9 april 2024 heeft de gemeenteraad het volgende besloten:\n\nDe gemeente sluit zich "
            "aan bij de Global Covenant of Mayors.\n",
            ("gemeenteraad", "2024-04-09", "De gemeente sluit zich aan bij de Global Covenant of Mayors"),
        ),
    ],
)
def test_a_published_decision_is_one_row_dated_by_its_lead(text, expected):
    assert _rows(text) == [(*expected, "adopted")]


@pytest.mark.parametrize(
    "text",
    [
        "Nieuws\n\nDe gemeenteraad heeft op 9 april 2024 vergaderd over de volgende onderwerpen:\n\n- Klimaatplan"
        "\n- Begroting\n",
        "Historie\n\nIn 2015 heeft de gemeenteraad besloten tot een stedenband met Lublin. Die loopt nog steeds.\n",
        "Agenda\n\nDe gemeenteraad besluit op 9 april 2024 over het volgende:\n\nHet klimaatplan 2025-2030.\n",
    ],
)
def test_a_lead_without_a_taken_decision_gives_no_row(text):
    assert _rows(text) == []

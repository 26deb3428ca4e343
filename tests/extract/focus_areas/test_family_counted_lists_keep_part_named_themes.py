"""A bulleted or numbered list exactly as long as its lead-in's count ('fire pilarar:', 'vijf speerpunten:') keeps
every item, also one named like a part of the document ('Økonomi', 'Financiën', 'Organisering'): the count proves
it is one of the themes. Look-alikes: a list longer than its count, or an uncounted one, still ends at such a part.
Texts written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("nn", "Strategien har fire pilarar:", ["Klima", "Natur", "Folkehelse", "Økonomi"], "- "),
    ("da", "Strategien hviler på fire søjler:", ["Vækst", "Trivsel", "Økonomi", "Bæredygtighed"], "- "),
    ("nb", "Planen har tre satsingsområder:", ["Tjenester", "Økonomi", "Samfunnsutvikling"], "• "),
    ("nl", "Het akkoord kent vier speerpunten:", ["Wonen", "Veiligheid", "Duurzaamheid", "Financiën"], "- "),
    ("da", "Politikken har tre indsatsområder:", ["Læring", "Trivsel", "Økonomi"], "{n}. "),
    ("nb", "Strategien har fire fokusområder:", ["Rekruttering", "Kompetanse", "Organisering", "Økonomi"], "{n}) "),
]


def _text(lead_in: str, items: list[str], marker: str, after: str = "") -> str:
    listed = "".join(marker.format(n=n) + item + "\n" for n, item in enumerate(items, 1))
    return f"Testkommune\nStrategi 2024-2030\n\n{lead_in}\n{listed}{after}\nStrategien rulleres hvert år.\n"


@pytest.mark.parametrize(("language", "lead_in", "items", "marker"), CASES)
def test_a_counted_list_keeps_an_item_named_like_a_document_part(labels, language, lead_in, items, marker):
    assert labels(_text(lead_in, items, marker), language) == items


def test_a_list_longer_than_its_count_ends_at_a_document_part(labels):
    text = _text("Strategien har tre pilarar:", ["Klima", "Natur", "Folkehelse", "Økonomi"], "- ")
    assert labels(text, "nn") == ["Klima", "Natur", "Folkehelse"]


def test_an_uncounted_list_ends_at_a_document_part(labels):
    text = _text("Strategien har desse pilarane:", ["Klima", "Natur", "Folkehelse", "Økonomi"], "- ")
    assert labels(text, "nn") == ["Klima", "Natur", "Folkehelse"]

"""Family (da, nb, nn): a news page recalling that a committee recommended the matter in an earlier month
("Formannskapet anbefalte prosjektet allerede i september.", "Økonomiudvalget anbefalede projektet i august.") tells
the item's history, like an earlier decision "i september": no row. The decisions the page reports keep their
rows."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

PAGE = {
    "nb": "Dette vedtok kommunestyret 27. oktober 2026\n\nNY BRANNSTASJON\nKommunestyret vedtok å bygge ny "
    "brannstasjon (sak 71/26). Vedtaket ble gjort mot fem stemmer fra Senterpartiet (Sp). {line}\n",
    "nn": "Dette vedtok kommunestyret 27. oktober 2026\n\nNY BRANNSTASJON\nKommunestyret vedtok å byggje ny "
    "brannstasjon (sak 71/26). Vedtaket vart gjort mot fem røyster frå Senterpartiet (Sp). {line}\n",
    "da": "Det besluttede byrådet 27. oktober 2026\n\nNY BRANDSTATION\nByrådet vedtog at bygge en ny brandstation "
    "(sag 71). Beslutningen blev truffet mod fem stemmer fra Venstre (V). {line}\n",
}

RECALLED = [
    ("nb", "Formannskapet anbefalte prosjektet allerede i september."),
    ("nb", "Hovedutvalget for teknikk innstilte på prosjektet i august."),
    ("nn", "Formannskapet tilrådde prosjektet alt i september."),
    ("nn", "Formannskapet anbefalte løysinga i august."),
    ("da", "Økonomiudvalget anbefalede projektet allerede i september."),
    ("da", "Teknik- og Miljøudvalget indstillede sagen i august."),
]


@pytest.mark.parametrize(("language", "line"), RECALLED)
def test_a_recommendation_recalled_from_an_earlier_month_gives_no_row(language, line):
    assert [o for o, _ in outcomes(PAGE[language].format(line=line), language)] == ["adopted"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Forslaget fra Høyre om å utsette saken falt med 4 mot 31 stemmer."),
        ("da", "Forslaget fra Liberal Alliance om at udsætte sagen blev forkastet med 4 stemmer mod 27."),
    ],
)
def test_the_pages_other_decisions_keep_their_rows(language, line):
    assert [o for o, _ in outcomes(PAGE[language].format(line=line), language)] == ["adopted", "rejected"]

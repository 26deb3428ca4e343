"""Family (precision): under a decision list or vote page, a notes heading ("Noter", "Merknader", "Toelichting bij
de stemmingen") and an attachment list ("- Rapport (PDF, 1,2 MB)") explain or link the page; they are no
actions, whatever status words their text holds. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PAGES = [
    (
        "da",
        "Byrådet – afstemningsoversigt\n\nPkt | Sag | Afgørelse\n----+-----+----------\n12  | Budget | Godkendt\n"
        "\nNoter\nPkt. 12: Aftalen løber fra 2026 til 2028 og er sat i bero for havnen.\n",
    ),
    (
        "nb",
        "Kommunestyret – vedtaksliste\n\nSak | Tittel | Vedtak\n----+-----+-----\n4/26 | Veg | Vedtatt\n"
        "\nMerknader\nSak 4/26: Arbeidet er utsatt til våren.\n",
    ),
    (
        "nl",
        "Besluitenlijst gemeenteraad\n\nNr | Punt | Besluit\n---+------+-------\n3  | Riolering | Goedgekeurd\n"
        "\nToelichting bij de stemmingen\n3  Het punt werd eerder uitgesteld en is nu afgerond.\n",
    ),
    (
        "nn",
        "Kommunestyret – røystingar i sak 9/26\n\nFramlegget vart vedteke.\n\nVedlegg\n"
        " - Utgreiing om skulestruktur (PDF, 2,4 MB)\n - Kart over vegnettet (PDF, 0,9 MB)\n",
    ),
    (
        "nb",
        "Formannskapet – vedtak\n\nInnstillingen ble vedtatt.\n\nVedlegg\n - Saksframlegg (DOCX, 120 KB)\n"
        " - Høringssvar fra idrettsrådet (PDF; 1.1 MB)\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), PAGES)
def test_notes_and_attachments_are_no_actions(language, text):
    titles = [title for _, title, _ in rows(text, language)]
    assert not any(word in title for title in titles for word in ("Noter", "Merknader", "Toelichting", "MB", "KB"))


def test_a_plan_item_about_a_report_stays_an_action():
    text = (
        "Status handlingsplan\n\nTiltak\tStatus\nNy rapport om klima (PDF-versjon på nett)\tFullført\nNy sti\tPågår\n"
    )
    assert [status for _, _, status in rows(text, "nb")] == ["completed", "in_progress"]

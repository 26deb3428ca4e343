"""Title family: what stands above or beside a title on a page and names no document. A site's menu bar or
breadcrumb (three or more short undated cells set apart by wide gaps or bars), and a head cell that is only a
known municipality's name ("MALDEGEM", "Oostkamp –") are passed over. A plan's title that names its period
("Internationale agenda 2026-2030") is not joined with a date below it: that date is the plan's adoption, not a
meeting's. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import title

PAGE_HEADS = [
    ("Spring til indhold   Borger   Erhverv   Politik   Kontakt\nVenskabsbyer i Europa\n"
     "Kommunen har fire venskabsbyer.", "Venskabsbyer i Europa"),
    ("Home | Wonen | Bestuur | Contact\nPartnersteden\nDe gemeente heeft drie partnersteden.", "Partnersteden"),
    ("Hovedmeny  |  Søk  |  English\nInternasjonale nettverk\nKommunen er med i fem nettverk.",
     "Internasjonale nettverk"),
    ("Tenester   Politikk og organisasjon   Næring   Kontakt oss\nVennskapskommunar\n"
     "Kommunen har to vennskapskommunar.", "Vennskapskommunar"),
    ("TIELT\nNotulen gemeenteraad\nZitting van 3 maart 2026 om 20 uur\nAanwezig: 25 leden",
     "Notulen gemeenteraad – Zitting van 3 maart 2026"),
    ("Brugge – Besluitenlijst gemeenteraad 24 maart 2026\n1. Goedkeuring", "Besluitenlijst gemeenteraad 24 maart 2026"),
    ("Internationale agenda 2026-2030\n\"Samen over de grens\"\nVastgesteld door de gemeenteraad op 4 juni 2026\n"
     "Inleiding", "Internationale agenda 2026-2030"),
    ("Kommuneplanens samfunnsdel 2026–2038\nHøringsutkast vedtatt av formannskapet 4. juni 2026\nInnledning",
     "Kommuneplanens samfunnsdel 2026–2038"),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_HEADS)
def test_a_page_heads_menu_issuer_name_and_adoption_date_name_no_document(text, expected):
    assert title(text) == expected


LOOK_ALIKES = [
    # dashes join a title's own parts, and a dated cell is no menu entry
    ("Referat – Byrådet – 12. marts 2026\nPunkt 1", "Referat – Byrådet 12. marts 2026"),
    ("Gemeenteraad | Raadsvergadering | 12 maart 2026\n1. Opening", "Gemeenteraad | Raadsvergadering 12 maart 2026"),
    # a meeting title without a period still takes the date below it
    ("Raadsvergadering\nmaandag 17 juli 2026\n16:00 - 23:00", "Raadsvergadering 17 juli 2026"),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_a_title_with_cells_or_a_meeting_date_is_kept(text, expected):
    assert title(text) == expected

"""Family 7 (all languages): a case header that numbers its item ("Punkt 21 Title") may be followed by a field
block whose number label the language also uses for case numbers ("Sag nr.: 25/9031"). Under a header that
numbered the case already, that field is the case's archive number: the row keeps the header's number and
title, and reports the field's number as `archive_case`."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

UNDER_HEADERS = [
    ("da", "Udvalget\nDato: 13.04.2026\n\nPunkt 21  Lokalplan 196 for Nordbyen\nSag nr.: 25/9031\n\n"
     "Beslutning\nGodkendt.\n", "21", "25/9031", "Lokalplan 196 for Nordbyen"),
    ("da", "Økonomiudvalget\nMødedato: 2. marts 2026\n\n7. Salg af grund ved havnen\nSag nr. 26/118\n"
     "Beslutningskompetence: Byrådet\n\nBeslutning\nAnbefales.\n", "7", "26/118", "Salg af grund ved havnen"),
    ("da", "Kommunalbestyrelsen\nDato: 28-01-2026\n\nPkt. 112 Budgetopfølgning pr. 31. december\n"
     "Sagnr: 24/05521\n\nBeslutning\nTaget til efterretning.\n", "112", "24/05521",
     "Budgetopfølgning pr. 31. december"),
    ("nb", "Formannskapet\nMøtedato: 12.02.2026\n\nSak 14/26 Trafikksikring i sentrum\nSak nr.: 26/0412\n\n"
     "Vedtak:\nInnstillingen vedtas.\n", "14/26", "26/0412", "Trafikksikring i sentrum"),
    ("nn", "Kommunestyret\nMøtedato: 21.10.2026\n\nPS 54/26 Val av meddommarar\nSaknr: 26/1101\n\n"
     "Vedtak:\nTilrådinga vert vedteken.\n", "54/26", "26/1101", "Val av meddommarar"),
]


@pytest.mark.parametrize(("language", "text", "case", "archive", "title"), UNDER_HEADERS)
def test_a_number_field_under_a_numbered_case_header_is_its_archive_number(language, text, case, archive, title):
    rows = votes(text, language)
    assert [(r.case_number, r.archive_case) for r in rows] == [(case, archive)]


DANISH = [(text, title) for language, text, _, _, title in UNDER_HEADERS if language == "da"]


@pytest.mark.parametrize(("text", "title"), DANISH)
def test_the_header_title_survives_the_archive_field(text, title):
    assert [r.subject for r in votes(text, "da")] == [title]


LOOK_ALIKES = [
    # the field numbers a case its header did not number: it is the case number
    ("da", "Udvalget\nDato: 13.04.2026\n\nLokalplan 196 for Nordbyen\nSag nr.: 21\n\nBeslutning\nGodkendt.\n", "21"),
    # a new case numbered by its own field line, after the previous case's decision
    ("da", "Udvalget\nDato: 13.04.2026\n\nPunkt 21  Lokalplan 196\n\nBeslutning\nGodkendt.\n\nSag nr.: 22\n"
     "Titel: Vejplan\n\nBeslutning\nGodkendt.\n", "22"),
    # the field repeats the header's own number
    ("nb", "Formannskapet\nMøtedato: 12.02.2026\n\nSak 14/26 Trafikksikring\nSak nr.: 14/26\n\nVedtak:\n"
     "Innstillingen vedtas.\n", "14/26"),
]


@pytest.mark.parametrize(("language", "text", "last_case"), LOOK_ALIKES)
def test_a_number_field_that_numbers_the_case_itself_stays_its_case_number(language, text, last_case):
    rows = votes(text, language)
    assert rows[-1].case_number == last_case
    assert rows[-1].archive_case is None

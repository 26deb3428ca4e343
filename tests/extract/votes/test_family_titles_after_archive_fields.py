"""A case header without its title ("Punkt 43") followed by the case's archive field ("Sagsnr.: 26-2409")
and then the title on a line of its own: the title names the case, and a decision naming nothing is about
it; a subject is never empty. Minutes written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASES = [
    (
        "da",
        "Børne- og Skoleudvalget\nMødedato: 8. september 2026\n\nPunkt 43\nSagsnr.: 26-2409\n"
        "Ansøgning om udvidelse af SFO-åbningstid\nSagen afgøres i: Børne- og Skoleudvalget\n\n"
        "Beslutning:\nUdsat til næste møde.\n",
        "Ansøgning om udvidelse af SFO-åbningstid",
    ),
    (
        "da",
        "Økonomiudvalget\nMødedato: 8. september 2026\n\nPunkt 12\nSagsnr.: 25/1188\n"
        "Salg af grund ved havnen\n\nBeslutning:\nGodkendt.\n",
        "Salg af grund ved havnen",
    ),
    (
        "da",
        "Teknik- og Miljøudvalget\nMødedato: 8. september 2026\n\nPkt. 7\nJ.nr.: 01.02.03-P16-1-26\n"
        "Høringssvar om ny bustakst\n\nBeslutning:\nGodkendt.\n",
        "Høringssvar om ny bustakst",
    ),
    (
        "nb",
        "Formannskapet\nMøtedato: 08.09.2026\n\nPS 41/26\nArkivsak: 26/2409\nNy gravplass på Vik\n\n"
        "Vedtak:\nSaken utsettes.\n",
        "Ny gravplass på Vik",
    ),
    (
        "nn",
        "Formannskapet\nMøtedato: 08.09.2026\n\nPS 41/26\nArkivsak: 26/2409\nNy gravplass på Vik\n\n"
        "Vedtak:\nSaka vert utsett.\n",
        "Ny gravplass på Vik",
    ),
]


@pytest.mark.parametrize(("language", "text", "title"), CASES)
def test_the_title_under_the_archive_field_names_the_case(language, text, title):
    rows = votes(text, language)
    assert [r.subject for r in rows] == [title]

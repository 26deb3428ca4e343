"""Norwegian case headers that carry a labelled number column: the number and the archive column on the header
line with the title on the line below ("Sak 60/26      Saksnr. 2026/1301" / "Tertialrapport 2. tertial 2026"),
the archive column after the title under a short label ("Arkiv: 25/633", "J.nr. 26/0044"), and a case protocol
headed by its number alone ("Saksprotokoll 23/26", the title below). The column is the archive number, never
the title; the title is the subject of a decision that names nothing of its own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {"nb": "Formannskapet\n\nMøtedato: 03.09.2026\n\n", "nn": "Formannskapet\n\nMøtedato: 19.03.2026\n\n"}
DECISION = {"nb": "Vedtak:\nEnstemmig vedtatt.\n\n", "nn": "Vedtak:\nSamrøystes vedteke.\n\n"}

HEADERS = [
    (
        "nb",
        "Sak 60/26                              Saksnr. 2026/1301\nNytt lysanlegg i Idrettsparken",
        "60/26",
        "2026/1301",
    ),
    ("nb", "Sak 7/26\tArkivsak: 26/118\nSalg av tomt på Holt", "7/26", "26/118"),
    ("nb", "PS 12/26 Gebyrregulativ for 2027            Arkiv: 26/402", "12/26", "26/402"),
    ("nb", "FS 4/26 Tilskudd til Frivilligsentralen        J.nr. 26/0044", "4/26", "26/0044"),
    (
        "nb",
        "Saksprotokoll 23/26\nTilskudd til idrettslaget - ny kunstgressbane\nArkivsaksnr: 26/144",
        "23/26",
        "26/144",
    ),
    ("nn", "FS-14/26 Utleigebustader i sentrum - finansiering     Arkiv: 25/633", "14/26", "25/633"),
    ("nn", "Sak 31/26                      Saksnr. 26/210\nTrafikktryggingsplan 2027-2030", "31/26", "26/210"),
    ("nn", "Saksprotokoll 9/26\nSal av kommunal tomt på Haddal\nArkivsaksnr: 25/902", "9/26", "25/902"),
]
TITLES = {
    "60/26": "Nytt lysanlegg i Idrettsparken",
    "7/26": "Salg av tomt på Holt",
    "12/26": "Gebyrregulativ for 2027",
    "4/26": "Tilskudd til Frivilligsentralen",
    "23/26": "Tilskudd til idrettslaget - ny kunstgressbane",
    "14/26": "Utleigebustader i sentrum - finansiering",
    "31/26": "Trafikktryggingsplan 2027-2030",
    "9/26": "Sal av kommunal tomt på Haddal",
}


@pytest.mark.parametrize(("language", "header", "case", "archive"), HEADERS)
def test_a_labelled_number_column_is_the_archive_number_and_the_title_stays_clean(language, header, case, archive):
    rows = votes(MEETING[language] + header + "\n" + DECISION[language], language)
    assert [(r.case_number, r.archive_case, r.subject) for r in rows] == [(case, archive, TITLES[case])]


@pytest.mark.parametrize(
    ("language", "header", "title"),
    [
        ("nb", "Sak 60/26 Saksbehandlingsrutiner for byggesaker", "Saksbehandlingsrutiner for byggesaker"),
        ("nb", "Saksprotokoll 23/26 Nytt arkiv for kommunen", "Nytt arkiv for kommunen"),
        ("nn", "Sak 31/26 Arkivplan for Haddal kommune", "Arkivplan for Haddal kommune"),
    ],
)
def test_a_title_that_only_starts_like_a_label_is_the_title(language, header, title):
    rows = votes(MEETING[language] + header + "\n" + DECISION[language], language)
    assert [r.subject for r in rows] == [title]

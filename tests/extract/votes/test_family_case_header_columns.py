"""Case headers as protocol systems print them: a committee code before the case number ("FSK-8/26", "KST 12/26",
"PS HOU-3/25") and the case's archive number in a column of its own after the title ("Arkivsak: 25/14402",
"Saksnr. 26/0318", "Sag nr. 25/18820"). The code is no title, the number column is the archive number, and the
title is the subject of a decision that names nothing of its own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {
    "nb": "Formannskapet\n\nMøtedato: 12.02.2026\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 12.02.2026\n\n",
    "da": "Byrådet\n\nMødedato: 27. april 2026\n\n",
}
DECISION = {
    "nb": "Vedtak:\nEnstemmig vedtatt.\n\n",
    "nn": "Vedtak:\nSamrøystes vedteke.\n\n",
    "da": "Beslutning:\nGodkendt.\n\n",
}
CODED = [
    ("nb", "FSK-8/26   Tilskudd til Glomdalsdagene 2026", "8/26", "Tilskudd til Glomdalsdagene 2026"),
    ("nb", "KST 12/26 Ny barnehagestruktur i Andebu", "12/26", "Ny barnehagestruktur i Andebu"),
    ("nb", "PS HOU-3/26 Reguleringsplan for Hjertnes", "3/26", "Reguleringsplan for Hjertnes"),
    ("nb", "BYST-104/2026 – Salg av tomt på Holt", "104/2026", "Salg av tomt på Holt"),
    ("nb", "UTV 7/26: Trafikksikkerhetsplan 2026–2029", "7/26", "Trafikksikkerhetsplan 2026–2029"),
    ("nn", "KST-41/26   Sal av kommunal tomt på Haddal", "41/26", "Sal av kommunal tomt på Haddal"),
    ("nn", "FS 9/26 Ny brannstasjon i Odda", "9/26", "Ny brannstasjon i Odda"),
    ("nn", "PS KS-15/26 Budsjettjustering 1. tertial", "15/26", "Budsjettjustering 1. tertial"),
    ("nn", "HTU-2/26 Vegnamn i Lofthus", "2/26", "Vegnamn i Lofthus"),
    ("nn", "KOM 33/2026 – Kulturplan for Ullensvang", "33/2026", "Kulturplan for Ullensvang"),
]
COLUMNS = [
    (
        "nb",
        "PS 58/26  Ny barnehagestruktur i Andebu                 Arkivsak: 25/14402",
        "Ny barnehagestruktur i Andebu",
        "25/14402",
    ),
    (
        "nb",
        "FSK-10/26  Tilskudd til Glomdalsdagene 2026           Saksnr. 26/0318",
        "Tilskudd til Glomdalsdagene 2026",
        "26/0318",
    ),
    ("nb", "Sak 61/26 Referatsaker\tArkivsaksnr.: 26/00012-3", "Referatsaker", "26/00012-3"),
    (
        "nb",
        "PS 60/26   Reguleringsplan for Hjertnes – 2. gangs behandling     Arkivsak: 24/09911",
        "Reguleringsplan for Hjertnes – 2. gangs behandling",
        "24/09911",
    ),
    ("nb", "PS 7/26  Skolebruksplan     Saksnr 25/771", "Skolebruksplan", "25/771"),
    (
        "nn",
        "PS 41/26  Sal av kommunal tomt, gnr. 35 bnr. 210        Arkivsak: 25/1180",
        "Sal av kommunal tomt, gnr. 35 bnr. 210",
        "25/1180",
    ),
    ("nn", "KST-12/26   Bustadsosial plan        Saksnr.: 24/3310", "Bustadsosial plan", "24/3310"),
    ("nn", "PS 3/26   Vegnamn i Lofthus                    Arkivsaksnr. 26/45", "Vegnamn i Lofthus", "26/45"),
    ("nn", "PS 18/26\tMeldingar\tArkivsak: 26/9", "Meldingar", "26/9"),
    ("nn", "PS 22/26  Kulturplan        Saksnr. 26/0212", "Kulturplan", "26/0212"),
    (
        "da",
        "Punkt 62   Kommuneplantillæg nr. 9 – solcelleanlæg ved Hashøj     Sagsnr. 25/18820",
        "Kommuneplantillæg nr. 9 – solcelleanlæg ved Hashøj",
        "25/18820",
    ),
    (
        "da",
        "Punkt 61   Budgetopfølgning pr. 31. marts 2026                     Sag nr. 26/4411",
        "Budgetopfølgning pr. 31. marts 2026",
        "26/4411",
    ),
    ("da", "Pkt. 14  Salg af erhvervsgrund          Sagsnr.: 26/0987", "Salg af erhvervsgrund", "26/0987"),
    ("da", "Punkt 3    Takster for 2027\tJ.nr. 26.00.00-A00-12", "Takster for 2027", "26.00.00-A00-12"),
    (
        "da",
        "Punkt 9   Årsberetning 2025 for havnen          Sags nr. 26/1950",
        "Årsberetning 2025 for havnen",
        "26/1950",
    ),
]


@pytest.mark.parametrize(("language", "header", "case", "title"), CODED)
def test_a_committee_code_before_the_case_number_opens_the_case(language, header, case, title):
    rows = votes(f"{MEETING[language]}{header}\n{DECISION[language]}", language)
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [(case, title, "adopted")]


@pytest.mark.parametrize(("language", "header", "title", "archive"), COLUMNS)
def test_a_number_column_after_the_title_is_the_archive_number_not_title_text(language, header, title, archive):
    rows = votes(f"{MEETING[language]}{header}\n{DECISION[language]}", language)
    assert [(r.subject, r.archive_case) for r in rows] == [(title, archive)]


@pytest.mark.parametrize(
    ("language", "header", "title"),
    [
        ("nb", "PS 58/26  Avtale om Sak nr. 12 i Lovdata", "Avtale om Sak nr. 12 i Lovdata"),  # no column gap
        ("nb", "PS 59/26  Tilskudd til lag og foreninger        2026", "Tilskudd til lag og foreninger\t2026"),
        ("nn", "PS 60/26  Søknad om løyve     Saksnr. ukjend", "Søknad om løyve\tSaksnr. ukjend"),
        ("da", "Punkt 5   Vej nr. 12 og 14          Nr. 5", "Vej nr. 12 og 14\tNr. 5"),
    ],
)
def test_a_column_that_is_no_labelled_number_stays_in_the_title(language, header, title):
    rows = votes(f"{MEETING[language]}{header}\n{DECISION[language]}", language)
    assert [r.subject for r in rows] == [title]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "SV 12/26 av stemmene gikk til forslaget."),
        ("nn", "Ap 12/26 fremja framlegg."),
        ("nb", "NOK 250/2026 per innbyggjar"),
        ("nn", "KST-005/26 Vedtak:"),  # the council's decision of the same case, labelled by its own code
        ("nb", "FSK 5/26 Innstilling:"),
    ],
)
def test_an_abbreviation_before_a_fraction_in_running_text_opens_no_case(language, line):
    rows = votes(f"{MEETING[language]}PS 5/26 Budsjett\n{line}\n{DECISION[language]}", language)
    assert [(r.case_number, r.subject) for r in rows] == [("5/26", "Budsjett")]


MARKERS = [
    ("da", "Pkt. 94   Godkendelse af dagsorden                    Åben sag", "Godkendelse af dagsorden", None),
    ("da", "Punkt 96   Salg af grund, Kvaglundparken 12          Lukket sag", "Salg af grund, Kvaglundparken 12", None),
    ("da", "Pkt. 12   Personalesag       Sagsnr. 26/0107       Lukket punkt", "Personalesag", "26/0107"),
    ("da", "Punkt 3\tTakster for 2027\tÅbent punkt", "Takster for 2027", None),
    ("da", "Pkt. 40   Køb af ejendom                 Fortroligt punkt", "Køb af ejendom", None),
    (
        "nb",
        "PS 14/26  Ansettelse av kommunedirektør          Unntatt offentlighet",
        "Ansettelse av kommunedirektør",
        None,
    ),
    ("nb", "PS 15/26  Budsjettjustering     Arkivsak: 26/311     Åpen sak", "Budsjettjustering", "26/311"),
    ("nb", "FSK-9/26  Kjøp av tomt                     Lukket sak", "Kjøp av tomt", None),
    ("nn", "PS 21/26  Tilsetjing av rektor          Unnateke offentlegheit", "Tilsetjing av rektor", None),
    ("nn", "PS 22/26\tKulturplan\tOpen sak", "Kulturplan", None),
]


@pytest.mark.parametrize(("language", "header", "title", "archive"), MARKERS)
def test_an_access_marker_column_after_the_title_is_no_title_text(language, header, title, archive):
    rows = votes(f"{MEETING[language]}{header}\n{DECISION[language]}", language)
    assert [(r.subject, r.archive_case) for r in rows] == [(title, archive)]

"""Decision lists written as tables in all four languages: the columns are found by their header words (number,
subject, decision, optional counts; any order), in pipe tables, grid tables whose cells wrap over several lines, and
columns laid out with spaces. Each row with an outcome is one decision about its item; rows that decide nothing
give no row (notes under the table: the notes module; tables without a decision column: the cells module)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {
    "da": "Byrådet\n\nBeslutninger fra mødet onsdag 28. oktober 2026\n\n",
    "nb": "Bystyret\n\nMøtedato: 28.10.2026\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 28.10.2026\n\n",
    "nl": "Gemeenteraad\n\nBesluitenlijst van de vergadering van 28 oktober 2026\n\n",
}


def decided(text: str, language: str) -> list[tuple]:
    rows = votes(MEETING[language] + text, language)
    return [
        (r.case_number, r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against, r.against_parties)
        for r in rows
    ]


TABLES = [
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n"
        "| 4a | Kadernota 2027 (hamerstuk) | Ongewijzigd vastgesteld |\n"
        "| 5 | Motie bomenkap (CDA, D66) | Verworpen, 9 voor, 18 tegen |\n"
        "| 6 | Verordening parkeerbelasting | Aangenomen met algemene stemmen |\n",
        [
            ("4a", "Kadernota 2027", "adopted", None, None, None, None),
            ("5", "Motie bomenkap", "rejected", False, 9, 18, None),
            ("6", "Verordening parkeerbelasting", "adopted", True, None, 0, None),
        ],
    ),
    (
        "nl",
        "| Besluit | Agendapunt | Voorstel | Stemverhouding |\n|---|---|---|---|\n"
        "| Aangenomen | 5.1 | Verordening afvalstoffenheffing | 22 voor, 5 tegen (BBB 3, SGP 2) |\n"
        "| Aangehouden | 5.2 | Bestemmingsplan Noord | |\n"
        "| Voor kennisgeving aangenomen | 5.3 | Jaarverslag rekenkamer | |\n",
        [
            ("5.1", "Verordening afvalstoffenheffing", "adopted", False, 22, 5, '{"BBB":3,"SGP":2}'),
            ("5.2", "Bestemmingsplan Noord", "postponed", None, None, None, None),
            ("5.3", "Jaarverslag rekenkamer", "noted", None, None, None, None),
        ],
    ),
    (
        "nl",
        "+------+---------------------------+------------------+\n"
        "| Punt | Onderwerp                 | Uitslag          |\n"
        "+======+===========================+==================+\n"
        "| 101  | Grondexploitatie De       | Zonder stemming  |\n"
        "|      | Hoven, tweede fase        | aangenomen       |\n"
        "+------+---------------------------+------------------+\n"
        "| 102  | Amendement                | Verworpen        |\n"
        "|      | woningbouw (VVD, PvdA)    |                  |\n"
        "+------+---------------------------+------------------+\n",
        [
            ("101", "Grondexploitatie De Hoven, tweede fase", "adopted", None, None, None, None),
            ("102", "Amendement woningbouw", "rejected", None, None, None, None),
        ],
    ),
    (
        "nl",
        "+------------------------+------+-------------------+\n"
        "| Onderwerp              | Nr.  | Besluit           |\n"
        "+========================+======+===================+\n"
        "| Regionale energie-     | 8.2  | Aangenomen met 25 |\n"
        "| strategie 2.0          |      | stemmen voor en 4 |\n"
        "| (GroenLinks)           |      | stemmen tegen     |\n"
        "+------------------------+------+-------------------+\n",
        [("8.2", "Regionale energiestrategie 2.0", "adopted", False, 25, 4, None)],
    ),
    (
        "nl",
        "| Agendapunt | Onderwerp | Beslissing | Stemming |\n|---|---|---|---|\n"
        "| 7 | Reglement van orde gemeenteraad | Goedgekeurd | unaniem |\n"
        "| 8 | Retributiereglement parkeren | Goedgekeurd | 20 voor, 8 tegen |\n"
        "| 9 | Besloten: Aankoop perceel Kerkstraat | Goedgekeurd | |\n",
        [
            ("7", "Reglement van orde gemeenteraad", "adopted", True, None, 0, None),
            ("8", "Retributiereglement parkeren", "adopted", False, 20, 8, None),
            ("9", "Aankoop perceel Kerkstraat", "adopted", None, None, None, None),
        ],
    ),
    (
        "nl",
        "Nummer   Onderwerp                       Resultaat\n"
        "12       Motie zwerfafval                 Aangenomen\n"
        "13       Motie openingstijden             Verworpen\n",
        [
            ("12", "Motie zwerfafval", "adopted", None, None, None, None),
            ("13", "Motie openingstijden", "rejected", None, None, None, None),
        ],
    ),
    (
        "nl",
        "| Nr. | Onderwerp | Beslissing |\n|---|---|---|\n"
        "| 15 | Samenwerkingsovereenkomst | Goedgekeurd met 18 |\n"
        "|  | politiezone Noord | stemmen voor en 9 tegen |\n"
        "| 16 | Belastingreglement | Verdaagd |\n",
        [
            ("15", "Samenwerkingsovereenkomst politiezone Noord", "adopted", False, 18, 9, None),
            ("16", "Belastingreglement", "postponed", None, None, None, None),
        ],
    ),
    (
        "da",
        "| Nr. | Sag | Beslutning | Stemmer |\n|---|---|---|---|\n"
        "| 101 | Budget 2027 | Godkendt med 15 stemmer for, 4 imod (F, Ø) og 2 undlod (Å). | |\n"
        "| 102 | Takster for affald | Godkendt. | 19 for, 2 imod (Ø) |\n"
        "| 103 | Halvårsregnskab | Taget til efterretning. | |\n",
        [
            ("101", "Budget 2027", "adopted", False, 15, 4, None),
            ("102", "Takster for affald", "adopted", False, 19, 2, '{"Ø":2}'),
            ("103", "Halvårsregnskab", "noted", None, None, None, None),
        ],
    ),
    (
        "da",
        "| Sag | Afgørelse | Pkt. |\n|---|---|---|\n"
        "| Lokalplan 44 for Havnen | Udsat til næste møde. | 12 |\n"
        "| LUKKET: Salg af grund | Enstemmigt godkendt. | 13 |\n",
        [
            ("12", "Lokalplan 44 for Havnen", "postponed", None, None, None, None),
            ("13", "Salg af grund", "adopted", True, None, 0, None),
        ],
    ),
    (
        "da",
        "+-----+----------------------+--------------------+\n"
        "| Nr. | Emne                 | Beslutning         |\n"
        "+=====+======================+====================+\n"
        "| 5   | Ansøgning om tilskud | Godkendt med 20    |\n"
        "|     | til idrætshal        | stemmer mod 5.     |\n"
        "+-----+----------------------+--------------------+\n"
        "| 6   | Forslag om gratis    | Forkastet.         |\n"
        "|     | bus (SF, Ø)          |                    |\n"
        "+-----+----------------------+--------------------+\n",
        [
            ("5", "Ansøgning om tilskud til idrætshal", "adopted", False, 20, 5, None),
            ("6", "Forslag om gratis bus", "rejected", None, None, None, None),
        ],
    ),
    (
        "da",
        "Nr.   Sag                         Beslutning\n"
        "21    Godkendelse af dagsorden    Godkendt.\n"
        "22    Skolestruktur               Udsat.\n",
        [
            ("21", "Godkendelse af dagsorden", "adopted", None, None, None, None),
            ("22", "Skolestruktur", "postponed", None, None, None, None),
        ],
    ),
    (
        "da",
        "| Punkt | Titel | Resultat |\n|---|---|---|\n"
        "| 7a | Anlægsbevilling til cykelsti | Anbefales |\n"
        "| 7b | Klimaplan 2030 | Ikke godkendt |\n",
        [
            ("7a", "Anlægsbevilling til cykelsti", "adopted", None, None, None, None),
            ("7b", "Klimaplan 2030", "rejected", None, None, None, None),
        ],
    ),
    (
        "nb",
        "| Vedtak | Saksnr. | Tittel | Votering |\n|---|---|---|---|\n"
        "| Vedtatt | 12/26 | Budsjettjustering (Ap, SV) | 25 mot 8 (H, FrP) |\n"
        "| Tatt til orientering | 13/26 | Årsmelding for kontrollutvalget | |\n"
        "| Utsatt | 14/26 | Ny skolestruktur | |\n",
        [
            ("12/26", "Budsjettjustering", "adopted", False, 25, 8, None),
            ("13/26", "Årsmelding for kontrollutvalget", "noted", None, None, None, None),
            ("14/26", "Ny skolestruktur", "postponed", None, None, None, None),
        ],
    ),
    (
        "nb",
        "| Sak | Tittel | Vedtak |\n|---|---|---|\n"
        "| 30/26 | Lukket sak: Kjøp av eiendom | Enstemmig vedtatt |\n"
        "| 31/26 | Forslag om gratis parkering | Ikke vedtatt |\n",
        [
            ("30/26", "Kjøp av eiendom", "adopted", True, None, 0, None),
            ("31/26", "Forslag om gratis parkering", "rejected", None, None, None, None),
        ],
    ),
    (
        "nb",
        "+---------+------------------------+----------------------+\n"
        "| Saksnr. | Sak                    | Vedtak               |\n"
        "+=========+========================+======================+\n"
        "| 40/26   | Reguleringsplan for    | Vedtatt med 30 mot 5 |\n"
        "|         | Sentrum nord           | stemmer (FrP)        |\n"
        "+---------+------------------------+----------------------+\n",
        [("40/26", "Reguleringsplan for Sentrum nord", "adopted", False, 30, 5, '{"FrP":5}')],
    ),
    (
        "nb",
        "Saksnr.   Sakstittel                 Resultat\n"
        "50/26     Kommunal planstrategi      Vedtatt\n"
        "51/26     Skjenkebevilling           Utsatt\n",
        [
            ("50/26", "Kommunal planstrategi", "adopted", None, None, None, None),
            ("51/26", "Skjenkebevilling", "postponed", None, None, None, None),
        ],
    ),
    (
        "nb",
        "Saksnr.    Tittel                         Vedtak\n"
        "--------   ----------------------------   --------------------\n"
        "52/26      Gang- og sykkelveg Nordbyen    Vedtatt\n"
        "53/26      Revisjonsrapport               Tatt til orientering\n",
        [
            ("52/26", "Gang- og sykkelveg Nordbyen", "adopted", None, None, None, None),
            ("53/26", "Revisjonsrapport", "noted", None, None, None, None),
        ],
    ),
    (
        "nb",
        "| Nr | Emne | Vedtak | Stemmer |\n|---|---|---|---|\n"
        "| 60/26 | Eiendomsskatt 2027 | Vedtatt | 20 mot 15 |\n"
        "| 61/26 | Rådmannens orientering | Tatt til orientering | |\n",
        [
            ("60/26", "Eiendomsskatt 2027", "adopted", False, 20, 15, None),
            ("61/26", "Rådmannens orientering", "noted", None, None, None, None),
        ],
    ),
    (
        "nn",
        "| Saksnr. | Sak | Vedtak |\n|---|---|---|\n"
        "| 20/26 | Reguleringsplan for sentrum | Samrøystes vedteke |\n"
        "| 21/26 | Årsmelding 2025 | Teke til vitande |\n"
        "| 22/26 | Skulestruktur | Utsett |\n",
        [
            ("20/26", "Reguleringsplan for sentrum", "adopted", True, None, 0, None),
            ("21/26", "Årsmelding 2025", "noted", None, None, None, None),
            ("22/26", "Skulestruktur", "postponed", None, None, None, None),
        ],
    ),
    (
        "nn",
        "| Vedtak | Røysting | Sak | Tittel |\n|---|---|---|---|\n"
        "| Vedteke | 17 mot 4 (Sp) | 23/26 | Budsjett 2027 (Ap, SV) |\n"
        "| Ikkje vedteke | | 24/26 | Framlegg om ny barnehage |\n",
        [
            ("23/26", "Budsjett 2027", "adopted", False, 17, 4, '{"Sp":4}'),
            ("24/26", "Framlegg om ny barnehage", "rejected", None, None, None, None),
        ],
    ),
    (
        "nn",
        "+--------+-----------------------+-------------------+\n"
        "| Sak    | Tittel                | Vedtak            |\n"
        "+========+=======================+===================+\n"
        "| 25/26  | Kommunedelplan for    | Vedteke med 19    |\n"
        "|        | idrett og friluftsliv | mot 2 røyster     |\n"
        "+--------+-----------------------+-------------------+\n",
        [("25/26", "Kommunedelplan for idrett og friluftsliv", "adopted", False, 19, 2, None)],
    ),
    (
        "nn",
        "Saksnr.   Tittel                      Vedtak\n"
        "26/26     Lukka sak: Tilsetjing       Samrøystes vedteke\n"
        "27/26     Tertialrapport              Teke til vitande\n",
        [
            ("26/26", "Tilsetjing", "adopted", True, None, 0, None),
            ("27/26", "Tertialrapport", "noted", None, None, None, None),
        ],
    ),
    (
        "nn",
        "| Nr. | Emne | Resultat |\n|---|---|---|\n| 28/26 | Gebyrregulativ 2027 | Vedteke |\n",
        [("28/26", "Gebyrregulativ 2027", "adopted", None, None, None, None)],
    ),
]


@pytest.mark.parametrize(("language", "table", "expected"), TABLES)
def test_each_row_of_a_decision_table_is_a_decision_about_its_item(language, table, expected):
    assert decided(table, language) == expected


DA_HEAD = "| Nr. | Sag | Beslutning |\n|---|---|---|\n"

NOTHING_DECIDED = [
    ("da", DA_HEAD, "| 110 | Spørgetid | Ingen spørgsmål |"),
    ("da", DA_HEAD, "| 111 | Lukket punkt: Salg af grund | Fremgår af den lukkede protokol |"),
    ("da", DA_HEAD, "| 112 | Eventuelt | Intet. |"),
    ("da", DA_HEAD, "| 113 | Vejnavne | Ikke behandlet |"),
    ("da", DA_HEAD, "| 114 | Budget | Se nedenfor |"),
    ("nl", "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n", "| 1 | Opening | - |"),
    ("nl", "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n", "| 14 | Sluiting | Gesloten om 22.15 uur |"),
    ("nl", "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n", "| 9 | Motie dierenwelzijn | Ingetrokken |"),
    ("nl", "| Nr. | Onderwerp | Besluit |\n|---|---|---|\n", "| 10 | Omgevingsvisie | Zie hieronder |"),
    ("nl", "| Agendapunt | Onderwerp | Beslissing |\n|---|---|---|\n", "| 11 | Vragenkwartier | Geen vragen |"),
    ("nl", "| Agendapunt | Onderwerp | Beslissing |\n|---|---|---|\n", "| 12 | Verslag vorige zitting |  |"),
    ("nb", "| Saksnr. | Tittel | Vedtak |\n|---|---|---|\n", "| 70/26 | Spørretime | Ingen spørsmål |"),
    ("nb", "| Saksnr. | Tittel | Vedtak |\n|---|---|---|\n", "| 71/26 | Kjøp av tomt | Unntatt offentlighet |"),
    ("nb", "| Saksnr. | Tittel | Vedtak |\n|---|---|---|\n", "| 72/26 | Nytt rådhus | Se nedenfor |"),
    ("nb", "| Saksnr. | Tittel | Vedtak |\n|---|---|---|\n", "| 73/26 | Interpellasjon | Trukket |"),
    ("nn", "| Sak | Tittel | Vedtak |\n|---|---|---|\n", "| 80/26 | Budsjett 2027 | Sjå nedanfor |"),
    ("nn", "| Sak | Tittel | Vedtak |\n|---|---|---|\n", "| 81/26 | Eventuelt | - |"),
    ("nn", "| Sak | Tittel | Vedtak |\n|---|---|---|\n", "| 82/26 | Spørjetime | Ingen spørsmål |"),
]


@pytest.mark.parametrize(("language", "head", "row"), NOTHING_DECIDED)
def test_a_row_whose_decision_cell_decides_nothing_gives_no_row(language, head, row):
    assert decided(head + row + "\n", language) == []

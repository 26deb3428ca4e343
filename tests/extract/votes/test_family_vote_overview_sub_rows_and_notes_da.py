"""A Danish vote overview table ("Pkt. | Sagsnr. | Emne | For | Imod | Undl. | Resultat") goes on past the lines
that are no row of its width: an item that only names its case above the sub-rows voted on ("13 <tab> 26/0442
<tab> Lokalplan 88" over "13a ... Forkastet" and "13b ... Vedtaget"), and note lines under a row ("Imod: A (9), V
(7)", "Stemmelighed - forslaget er ikke vedtaget."). A sub-row leaves the archive-number column blank, so it comes
one cell short; its cells are read with that one put back. Look-alikes: the case line itself decides nothing; a
row after a blank line and a paragraph of prose is no row of the table; a withdrawn sub-row has no row. All
tables are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _rows(text: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(text, "da")]


TAB_SUB_ROWS = (
    "Byrådet – afstemningsoversigt\nMødedato: tirsdag den 16. juni 2026\n\n"
    "Pkt.\tSagsnr.\tEmne\tFor\tImod\tUndlod\tResultat\n"
    "12\t26/1101\tGodkendelse af dagsorden\t-\t-\t-\tGodkendt\n"
    "13\t26/0442\tLokalplan 88 for boliger ved Skovvej\n"
    "13a\tÆndringsforslag fra F om flere rækkehuse\t5\t22\t2\tForkastet\n"
    "For: F (3), Ø (2)\nImod: A (9), V (7), C (4), O (2)\nUndlod: I (2)\n"
    "13b\tLokalplan 88 som indstillet\t24\t5\t0\tVedtaget\n"
    "14\t26/0561\tTakster for svømmehallen 2027\t29\t0\t0\tGodkendt\n"
)

SPACED_SUB_ROWS = (
    "Byrådet\nAfstemningsoversigt, møde den 28. maj 2026\n\n"
    "Pkt.  Sagsnr.    Emne                                          For  Imod  Undl.  Resultat\n"
    "----  ---------  --------------------------------------------  ---  ----  -----  ---------\n"
    " 21   26/11234   Godkendelse af dagsorden                        -    -     -    Godkendt\n"
    " 22   26/10021   Klimaplan 2030\n"
    " 22a             Ændringsforslag fra Ø om 70 pct. reduktion       3   26     2    Forkastet\n"
    "                 Imod: A (11), V (9), C (4), O (2)\n"
    " 22b             Klimaplan 2030 som indstillet                   29    2     0    Vedtaget\n"
    " 23   26/09982   Salg af byggegrund, Vestergade 7                 31    0     0    Godkendt\n"
    " 24   26/07711   Lukning af Gauerslund Skole                      15   15     1    Bortfaldet\n"
    "                 Stemmelighed – forslaget er ikke vedtaget.\n"
    " 25   26/11001   Cykelsti langs Horsensvej                        -    -     -    Udsat\n"
)

COMMITTEE_SUB_ROWS = (
    "Økonomiudvalget – afstemninger\nMøde den 3. marts 2026\n\n"
    "Pkt\tSagsnr\tSag\tFor\tImod\tUndl\tResultat\n"
    "5\t25/8812\tAnlægsbevilling til ny hal i Bramming\t6\t3\t0\tGodkendt\n"
    "Imod: V (2), O (1)\n"
    "7\t26/0230\tSalg af grund, Havnegade 4\n"
    "7a\tForslag fra V om offentlig licitation\t3\t6\t0\tForkastet\n"
    "7b\tAdministrationens indstilling\t6\t3\t0\tVedtaget\n"
    "Imod: V (2), O (1)\n"
    "8\t26/0301\tFremtidig busbetjening af Tjæreborg\t-\t-\t-\tUdsat\n"
)

NUMBERED_SUB_ROWS = (
    "Kommunalbestyrelsen – afstemningsresultater fra mødet tirsdag den 21. april 2026\n\n"
    "Punkt\tSagsnr.\tEmne\tFor\tImod\tUndlod\tResultat\n"
    "3\t26/331\tRegnskab 2025\t31\t0\t0\tGodkendt\n"
    "4\t26/118\tNy skolestruktur i Sunds\n"
    "4.1\tÆndringsforslag fra Ø om at bevare Ilskov Skole\t4\t27\t0\tFaldt\n"
    "Stemte for: Ø (2), F (2)\nStemte imod: A (12), V (10), C (3), O (2)\n"
    "4.2\tIndstillingen fra Børne- og Ungeudvalget\t27\t4\t0\tVedtaget\n"
    "4.3\tForslag fra C om udskydelse\t-\t-\t-\tTrukket\n"
    "5\t26/402\tMedlemsforslag fra C om gratis parkering\t8\t23\t0\tForkastet\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TAB_SUB_ROWS,
            [
                ("12", "Godkendelse af dagsorden", "adopted", None, None),
                ("13a", "Ændringsforslag fra F om flere rækkehuse", "rejected", 5, 22),
                ("13b", "Lokalplan 88 som indstillet", "adopted", 24, 5),
                ("14", "Takster for svømmehallen 2027", "adopted", 29, 0),
            ],
        ),
        (
            SPACED_SUB_ROWS,
            [
                ("21", "Godkendelse af dagsorden", "adopted", None, None),
                ("22a", "Ændringsforslag fra Ø om 70 pct. reduktion", "rejected", 3, 26),
                ("22b", "Klimaplan 2030 som indstillet", "adopted", 29, 2),
                ("23", "Salg af byggegrund, Vestergade 7", "adopted", 31, 0),
                ("24", "Lukning af Gauerslund Skole", "rejected", 15, 15),
                ("25", "Cykelsti langs Horsensvej", "postponed", None, None),
            ],
        ),
        (
            COMMITTEE_SUB_ROWS,
            [
                ("5", "Anlægsbevilling til ny hal i Bramming", "adopted", 6, 3),
                ("7a", "Forslag fra V om offentlig licitation", "rejected", 3, 6),
                ("7b", "Administrationens indstilling", "adopted", 6, 3),
                ("8", "Fremtidig busbetjening af Tjæreborg", "postponed", None, None),
            ],
        ),
        (
            NUMBERED_SUB_ROWS,
            [
                ("3", "Regnskab 2025", "adopted", 31, 0),
                ("4.1", "Ændringsforslag fra Ø om at bevare Ilskov Skole", "rejected", 4, 27),
                ("4.2", "Indstillingen fra Børne- og Ungeudvalget", "adopted", 27, 4),
                ("5", "Medlemsforslag fra C om gratis parkering", "rejected", 8, 23),
            ],
        ),
    ],
)
def test_an_overview_goes_on_past_case_lines_and_notes_and_reads_short_sub_rows(text, expected):
    assert _rows(text) == expected


def test_a_row_after_a_paragraph_of_prose_is_no_row_of_the_table():
    text = (
        "Byrådet – afstemningsoversigt\nMødedato: tirsdag den 16. juni 2026\n\n"
        "Pkt.\tSagsnr.\tEmne\tFor\tImod\tUndlod\tResultat\n"
        "12\t26/1101\tGodkendelse af dagsorden\t-\t-\t-\tGodkendt\n"
        "\nBorgmesteren orienterede om arbejdet med den nye skolestruktur og om de kommende borgermøder, som "
        "holdes i august og september rundt om i kommunens fire største byer.\n\n"
        "2026\t4,5 mio. kr.\tAnlæg\t3\t2\tVedtaget\n"
    )
    assert _rows(text) == [("12", "Godkendelse af dagsorden", "adopted", None, None)]


UNNUMBERED_SUB_ROWS = (
    "AFSTEMNINGSOVERSIGT\nKommunalbestyrelsens møde mandag den 14. september 2026\n\n"
    "Pkt.  Sag                                          For  Imod  Undlod  Resultat\n"
    "----  -------------------------------------------  ---  ----  ------  ------------\n"
    " 7    Godkendelse af dagsorden                      -    -     -      Godkendt\n"
    " 8    Budget 2027 – 1. behandling\n"
    "      Ændringsforslag fra Ø om gratis busser        3    16    0      Forkastet\n"
    "      Økonomiudvalgets indstilling                  16   3     0      Godkendt\n"
    " 9    Salg af jord ved Hvidovrevej                  -    -     -      Udsat\n"
)

UNNUMBERED_TAB_SUB_ROWS = (
    "Byrådet\nAfstemninger onsdag den 30. september 2026\n\n"
    "Punkt\tEmne\tFor\tImod\tUndlod\tResultat\n"
    "51\tTakster 2027\t25\t4\t0\tVedtaget\n"
    "52\tLokalplan 210 for Havnefronten\n"
    "Ændringsforslag fra V om lavere byggehøjde\t9\t20\t0\tForkastet\n"
    "Teknisk Udvalgs indstilling\t20\t9\t0\tVedtaget\n"
    "53\tOrientering om sygefravær\t-\t-\t-\tTaget til efterretning\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            UNNUMBERED_SUB_ROWS,
            [
                ("7", "Godkendelse af dagsorden", "adopted", None, None),
                ("8", "Ændringsforslag fra Ø om gratis busser", "rejected", 3, 16),
                ("8", "Økonomiudvalgets indstilling", "adopted", 16, 3),
                ("9", "Salg af jord ved Hvidovrevej", "postponed", None, None),
            ],
        ),
        (
            UNNUMBERED_TAB_SUB_ROWS,
            [
                ("51", "Takster 2027", "adopted", 25, 4),
                ("52", "Ændringsforslag fra V om lavere byggehøjde", "rejected", 9, 20),
                ("52", "Teknisk Udvalgs indstilling", "adopted", 20, 9),
                ("53", "Orientering om sygefravær", "noted", None, None),
            ],
        ),
    ],
)
def test_unnumbered_sub_rows_take_the_number_of_the_case_line_above(text, expected):
    assert _rows(text) == expected


def test_a_short_line_under_a_full_row_is_no_sub_row():
    text = (
        "Byrådet\nAfstemninger onsdag den 30. september 2026\n\n"
        "Punkt\tEmne\tFor\tImod\tUndlod\tResultat\n"
        "51\tTakster 2027\t25\t4\t0\tVedtaget\n\n"
        "Kontakt\tByrådssekretariatet\t40\t50\tVedtaget\n"
    )
    assert _rows(text) == [("51", "Takster 2027", "adopted", 25, 4)]


@pytest.mark.parametrize(
    ("cell", "outcome"),
    [("Stemmelighed", "rejected"), ("Stemmelighed – bortfaldet", "rejected"), ("Godkendt", "adopted")],
)
def test_a_tie_in_the_result_cell_lets_the_item_fall(cell, outcome):
    """A Danish council has no casting vote: an item whose result cell says "Stemmelighed" is not adopted."""
    text = (
        "Byrådet – afstemningsoversigt\nMødedato: mandag den 7. september 2026\n\n"
        "Pkt\tSag\tResultat\tFor\tImod\tUndlod\n"
        "60\tGodkendelse af dagsorden\tGodkendt\t-\t-\t-\n"
        f"61\tNyt skoledistrikt for Bjerre\t{cell}\t12\t12\t1\n"
    )
    assert _rows(text)[1:] == [("61", "Nyt skoledistrikt for Bjerre", outcome, 12, 12)]


def test_a_row_short_of_a_cell_the_table_cannot_spare_is_read_as_prose():
    """No column is free to put back: the row's last cells ran together, its outcome is still read from its words."""
    text = (
        "Byrådet – afstemningsoversigt\nMødedato: onsdag den 27. maj 2026\n\n"
        "Pkt\tEmne\tFor\tImod\tUndlod\tResultat\n"
        "3\tRegnskab 2025\t19\t0\t0\tGodkendt\n"
        "Imod: ingen\n"
        "8\tKvartalsrapport for sygefraværet\t-\t-\t- Taget til efterretning\n"
    )
    assert [r.outcome for r in votes(text, "da")] == ["adopted", "noted"]

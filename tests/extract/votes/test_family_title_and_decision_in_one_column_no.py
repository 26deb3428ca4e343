"""Decision lists whose one column holds the case's title with the decision's text under it ("Tittel / vedtak",
"Sak / vedtak"), the result in a vote column beside it, in Bokmål and Nynorsk, drawn with pipes, crossing rules or
a grid. Each row with a result is one decision about its case; a vote column opening with a rejection or a
postponement decides over the text; a title cell quoting a member's proposal is that proposal, moved by the member.
Tables whose shared header names no decision (an agenda's "Tittel / saksbehandler") decide nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.test_family_decision_tables import decided

TABLES = [
    (
        "nb",
        "Saksnr  | Tittel / vedtak                                   | Votering\n"
        "--------+---------------------------------------------------+----------------\n"
        "PS 14/26 | Ny gang- og sykkelvei langs Fv 30                | Enstemmig\n"
        "         | Forslaget til reguleringsplan vedtas.            |\n"
        "--------+---------------------------------------------------+----------------\n"
        "PS 15/26 | Salg av kommunal tomt i Øvre Moen                | 19 mot 6 (FrP)\n"
        "         | Tomten selges til takstpris.                     |\n"
        "--------+---------------------------------------------------+----------------\n"
        "PS 16/26 | Budsjettregulering for skolene                   | Utsatt\n"
        "         | Saken sendes tilbake til kommunedirektøren.      |\n",
        [
            ("14/26", "adopted", True, None, 0),
            ("15/26", "adopted", False, 19, 6),
            ("16/26", "postponed", None, None, None),
        ],
    ),
    (
        "nn",
        "| Sak | Tittel / vedtak | Røysting |\n"
        "|---|---|---|\n"
        "| 21/26 | Årsmelding for ungdomsrådet 2025. Kommunestyret tek årsmeldinga til vitande. | Samrøystes |\n"
        "| 22/26 | Nytt tak på Sandvik skule. Det vert løyvd 2,4 mill. kr. | 11 mot 4 |\n"
        "| 23/26 | Gatelys i Nordbygda | Fall 5 mot 10 |\n",
        [
            ("21/26", "noted", True, None, 0),
            ("22/26", "adopted", False, 11, 4),
            ("23/26", "rejected", False, 5, 10),
        ],
    ),
    (
        "nb",
        "+--------+-----------------------------------------+--------------+\n"
        "| Sak    | Sak / vedtak                            | Stemmer      |\n"
        "+========+=========================================+==============+\n"
        "| 3/26   | Kjøp av ny brannbil                     | Vedtatt      |\n"
        "|        | Innkjøpet godkjennes innenfor rammen.   | 5 mot 2      |\n"
        "+--------+-----------------------------------------+--------------+\n"
        "| 4/26   | Tertialrapport 1 2026                   | Enstemmig    |\n"
        "|        | Rapporten tas til orientering.          |              |\n"
        "+--------+-----------------------------------------+--------------+\n",
        [("3/26", "adopted", False, 5, 2), ("4/26", "noted", True, None, 0)],
    ),
    (
        "nn",
        "Saksnr   | Tittel / vedtak                                        | Røysting\n"
        "---------+--------------------------------------------------------+-------------\n"
        "FS 31/26 | Tilskot til bygdekinoen 2026                           | Vedteke med\n"
        "         | Bygdekinoen får 60 000 kr i tilskot.                   | 4 mot 3\n"
        "---------+--------------------------------------------------------+-------------\n"
        "FS 32/26 | Reguleringsplan for Lia hyttefelt                      | Utsett\n"
        "         | Saka vert send attende for ny vurdering.               |\n",
        [("31/26", "adopted", False, 4, 3), ("32/26", "postponed", None, None, None)],
    ),
]


@pytest.mark.parametrize(("language", "table", "expected"), TABLES)
def test_a_shared_title_and_decision_column_gives_a_row_per_case(language, table, expected):
    rows = decided(table, language)
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in rows] == expected


@pytest.mark.parametrize(
    ("language", "row", "title"),
    [
        ("nb", "PS 14/26 | Ny gang- og sykkelvei langs Fv 30 | Enstemmig", "Ny gang- og sykkelvei langs Fv 30"),
        ("nn", "21/26 | Årsmelding for ungdomsrådet 2025 | Samrøystes", "Årsmelding for ungdomsrådet 2025"),
    ],
)
def test_the_subject_holds_the_case_title(language, row, title):
    header = {"nb": "Saksnr | Tittel / vedtak | Votering", "nn": "Sak | Tittel / vedtak | Røysting"}[language]
    rows = decided(f"{header}\n------+------+------\n{row}\n", language)
    assert len(rows) == 1 and rows[0][1].startswith(title)


@pytest.mark.parametrize(
    ("language", "row", "words", "mover"),
    [
        (
            "nb",
            "FS 8/26 | Forslag fra Mona Vik (Sp): «Kommunen innfører gratis parkering i sentrum.» | Falt 2 mot 5",
            "Kommunen innfører gratis parkering i sentrum",
            "Mona Vik",
        ),
        (
            "nn",
            "FS 9/26 | Framlegg frå Ola Dale (KrF): «Kommunen søkjer om å bli trafikksikker kommune.» | Fall 3 mot 4",
            "Kommunen søkjer om å bli trafikksikker kommune",
            "Ola Dale",
        ),
        (
            "nb",
            "PS 10/26 | Forslag fra Per Lund (H): «Eiendomsskatten settes ned til 3 promille.» | Falt 10 mot 17",
            "Eiendomsskatten settes ned til 3 promille",
            "Per Lund",
        ),
    ],
)
def test_a_title_quoting_a_members_proposal_is_that_proposal(language, row, words, mover):
    from tests.extract.votes.helpers import votes
    from tests.extract.votes.test_family_decision_tables import MEETING

    header = {"nb": "Saksnr | Tittel / vedtak | Votering", "nn": "Sak | Tittel / vedtak | Røysting"}[language]
    rows = votes(MEETING[language] + f"{header}\n------+------+------\n{row}\n", language)
    assert [(r.subject, r.proposer, r.outcome) for r in rows] == [(words, mover, "rejected")]


@pytest.mark.parametrize(
    ("language", "table"),
    [
        (
            "nb",
            "Saksnr   | Tittel / saksbehandler                  | Merknad\n"
            "---------+-----------------------------------------+---------\n"
            "PS 14/26 | Ny gang- og sykkelvei / Kari Berg       | Enstemmig\n"
            "PS 15/26 | Salg av tomt / Jon Moe                  | Vedtatt\n",
        ),
        (
            "nn",
            "Sak   | Tittel / innhald                            | Sakshandsamar\n"
            "------+---------------------------------------------+--------------\n"
            "12/26 | Årsmelding 2025 / til vitande                | Liv Haug\n"
            "13/26 | Gatelys i Nordbygda / utsett                 | Arne Dale\n",
        ),
        (
            "nb",
            "| Sak | Tittel / vedtak | Votering |\n|---|---|---|\n"
            "| 5/26 | Spørsmål fra Eva Lie (V) om skolevei. Besvart muntlig. | - |\n",
        ),
    ],
)
def test_tables_whose_shared_header_names_no_decision_or_rows_without_a_result_decide_nothing(language, table):
    assert decided(table, language) == []

"""Vote-result pages lay each vote out in columns: the result label set off from its outcome by a gap alone
("Resultat <gap> Falt <gap> For: 9 <gap> Mot: 26") or by a colon and a tab ("Resultat:<tab>Vedteke"), the vote's
number set off from what it is about by a middle dot ("Votering 2 · Tilleggsframlegg frå Ap"), the count lines
with the parties in a column after the number ("For <gap> 3 <gap> MDG 1, SV 2") or alone after the option
("Mot <gap> Ap 10, H 7"), and the case's fields on one line split by middle dots ("Utval: Kommunestyret ·
Møtedato: ..."). A label word opening prose ("Resultatet av høyringa ...") or a heading is no result field, and an
option word opening prose is no count line. All texts are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nb": "Storvik kommune | Politiske møter | Kommunestyret 14.10.2026 | Sak 51/26\n\n"
    "Sak 51/26  Regional transportplan\nBehandlet: Kommunestyret, onsdag 14. oktober 2026\n\n",
    "nn": "Fjellnes kommune > Politikk > Heradsstyret 04.11.2026 > Sak 18/26\n\n"
    "Sak 18/26: Skulebruksplan\nUtval: Heradsstyret · Møtedato: onsdag 4. november 2026 · Arkivsak: 26/118\n\n",
}
_RULE = "-" * 56 + "\n"


def _rows(language: str, body: str) -> list[tuple]:
    return [
        (r.subject, r.outcome, r.votes_for, r.votes_against, json.loads(r.against_parties or "null"))
        for r in votes(_HEAD[language] + body, language)
    ]


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (  # no colon after the label, counts in columns on the result line, ruled blocks
            "nb",
            "VOTERINGER\n" + _RULE + "Votering 1   Forslag fra Per Lie (SV)\n"
            "Resultat     Falt          For: 5    Mot: 22\n" + _RULE + "Votering 2   Innstillingen\n"
            "Resultat     Vedtatt       For: 22   Mot: 5\n" + _RULE,
            [("Forslag fra Per Lie (SV)", "rejected", 5, 22, None), ("Innstillingen", "adopted", 22, 5, None)],
        ),
        (  # the same with the parties of each side in a column under the result
            "nb",
            "Votering 1   Tilleggsforslag fra Hege Nes (MDG)\nResultat     Falt          For: 4    Mot: 25\n"
            "For          MDG 2, SV 2\nMot          Ap 12, H 9, FrP 4\n\n"
            "Votering 2   Formannskapets innstilling\nResultat     Vedtatt       For: 25   Mot: 4\n"
            "For          Ap 12, H 9, FrP 4\nMot          MDG 2, SV 2\n",
            [
                ("Tilleggsforslag fra Hege Nes (MDG)", "rejected", 4, 25, {"Ap": 12, "H": 9, "FrP": 4}),
                ("Formannskapets innstilling", "adopted", 25, 4, {"MDG": 2, "SV": 2}),
            ],
        ),
        (  # a colon and a tab between the label and the outcome
            "nb",
            "Votering 1   Forslag fra Per Lie (SV)\nResultat:\tFalt\tFor: 6\tMot: 21\n\n"
            "Votering 2   Innstillingen\nResultat:\tVedtatt\tFor: 21\tMot: 6\n",
            [("Forslag fra Per Lie (SV)", "rejected", 6, 21, None), ("Innstillingen", "adopted", 21, 6, None)],
        ),
        (  # Nynorsk, a colon and aligning spaces, the decision points printed below the votes
            "nn",
            "Røysting 1   Framlegg frå Oddny Hauge (KrF)\nResultat:    Fall          For: 7    Mot: 18\n\n"
            "Røysting 2   Innstillinga\nResultat:    Vedteke       For: 18   Mot: 7\n",
            [("Framlegg frå Oddny Hauge (KrF)", "rejected", 7, 18, None), ("Innstillinga", "adopted", 18, 7, None)],
        ),
        (  # Nynorsk, a middle dot after the vote's number, quoted words, counts on lines of their own
            "nn",
            "VOTERINGAR\n\nVotering 1 · Endringsframlegg frå Per Lie (SV)\n«Skulen på Nes vert halden oppe.»\n"
            "Resultat: Falt\n  For   5   SV 2, Raudt 3\n  Mot  22\n\n"
            "Votering 2 · Tilleggsframlegg frå Åse Dal (Sp)\n«Kommunen søkjer om statlege midlar.»\n"
            "Resultat: Vedteke samrøystes\n  For  27\n  Mot   0\n",
            [
                ("Skulen på Nes vert halden oppe.", "rejected", 5, 22, None),
                ("Kommunen søkjer om statlege midlar.", "adopted", 27, 0, None),
            ],
        ),
        (  # Bokmål, a middle dot after the vote's number and no quoted words
            "nb",
            "Votering 1 · Forslag fra Per Lie (SV)\nResultat: Falt\tFor: 5\tMot: 22\n\n"
            "Votering 2 · Innstillingen\nResultat: Vedtatt\tFor: 22\tMot: 5\n",
            [("Forslag fra Per Lie (SV)", "rejected", 5, 22, None), ("Innstillingen", "adopted", 22, 5, None)],
        ),
    ],
)
def test_each_column_laid_vote_block_is_one_vote(language: str, body: str, rows: list[tuple]) -> None:
    assert _rows(language, body) == rows


def test_a_header_line_of_dotted_fields_names_the_body_alone() -> None:
    found = votes(_HEAD["nn"] + "Votering 1 · Innstillinga\nResultat: Vedteke\tFor: 20\tMot: 1\n", "nn")
    assert [(r.body, r.meeting_date, r.case_number) for r in found] == [("Heradsstyret", "2026-11-04", "18/26")]


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (  # a label word opening prose after a gap: no result field, the vote's own result stands
            "nb",
            "Votering 1   Innstillingen\nResultat: Vedtatt\tFor: 22\tMot: 5\n\n"
            "Resultat     av høringen legges fram i neste møte.\n",
            [("Innstillingen", "adopted", 22, 5, None)],
        ),
        (  # an option word opening a line of prose with numbers: no party column
            "nn",
            "Votering 1 · Innstillinga\nResultat: Vedteke\n  For  20\n  Mot   1\n\n"
            "Mot   slutten av 2027 skal planen rullerast.\n",
            [("Innstillinga", "adopted", 20, 1, None)],
        ),
    ],
)
def test_look_alikes_of_column_fields(language: str, body: str, rows: list[tuple]) -> None:
    assert _rows(language, body) == rows


_NUMBERED = {
    "nn": (
        "Fjellnes kommune  |  Politikk  |  Voteringar\n\nHeradsstyret 04.11.2026\n"
        "Sak 18/26  Skulebruksplan           Arkivsak 26/118\n\n"
    ),
    "nb": "Nordøy kommune – voteringer\n\nBystyret 12.03.2026\nSak 9/26  Parkeringsnorm for sentrum\n\n",
}


@pytest.mark.parametrize(
    ("language", "table", "rows"),
    [
        (  # a box-drawn table numbering its votes in a first column
            "nn",
            "┌────┬──────────────────────────┬──────────┬──────┬──────┐\n"
            "│ Nr │ Framlegg                 │ Resultat │ For  │ Mot  │\n"
            "├────┼──────────────────────────┼──────────┼──────┼──────┤\n"
            "│ 1  │ Framlegg frå Sp          │ Fall     │  6   │  19  │\n"
            "│ 2  │ Innstillinga             │ Vedteke  │  19  │  6   │\n"
            "└────┴──────────────────────────┴──────────┴──────┴──────┘\n",
            [("Framlegg frå Sp", "rejected", 6, 19), ("Innstillinga", "adopted", 19, 6)],
        ),
        (  # a pipe table, "Nr." and a column of abstentions
            "nb",
            "| Nr. | Forslag                        | Resultat | For | Mot | Avstår |\n"
            "|-----|--------------------------------|----------|-----|-----|--------|\n"
            "| 1   | Endringsforslag fra Venstre    | Falt     | 3   | 32  | 0      |\n"
            "| 2   | Formannskapets innstilling     | Vedtatt  | 32  | 3   | 0      |\n",
            [("Endringsforslag fra Venstre", "rejected", 3, 32), ("Formannskapets innstilling", "adopted", 32, 3)],
        ),
        (  # a "Nummer" column, tab-parted
            "nb",
            "Nummer\tForslag\tResultat\tFor\tMot\n1\tForslag fra Rødt\tFalt\t2\t33\n2\tInnstillingen\tVedtatt\t33\t2\n",
            [("Forslag fra Rødt", "rejected", 2, 33), ("Innstillingen", "adopted", 33, 2)],
        ),
    ],
)
def test_a_vote_table_numbering_its_votes_is_read(language: str, table: str, rows: list[tuple]) -> None:
    found = votes(_NUMBERED[language] + table, language)
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in found] == rows


def test_a_numbered_table_of_no_votes_gives_no_row() -> None:
    table = "| Nr | Tiltak              | Ansvar   | Frist |\n|----|---------------------|----------|-------|\n"
    table += "| 1  | Ny gang- og sykkelvei | Teknisk  | 2027  |\n| 2  | Ladepunkt ved rådhuset | Eiendom | 2026 |\n"
    assert votes(_NUMBERED["nb"] + table, "nb") == []

"""Family (nb, nn): a vote table of one case, one row per proposal put to the vote ("Forslag | Resultat | For | Mot",
"Framlegg | Resultat | For | Mot | Avhaldande"), with no case-number column: the case is the one whose header stands
right above the table. Each row is one vote: the proposal cell names it, the result cell gives the outcome, the count
columns the votes; a withdrawn proposal ("Trukket") decides nothing. Drawn with pipes, aligned with spaces, ruled with
dashes, in other column orders, a proposal cell wrapped over two lines. Look-alikes: a budget table with "Forslag"
and "Vedtatt" columns of amounts, an attendance table, a case list without vote columns, and a vote-like table under
no case header give no row of their own.
The case header may stand further up than a line or two: at the foot of the case's own text, below its recommendation,
its treatment and a "Votering" / "Røysting" label, the table still votes in the nearest case above it within
`decision_tables.header_window` lines; further down than a case's text runs, or under no case header, it does not."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells, votes

HEAD = {"nb": "Kommunestyret\nMøtedato: 14.05.2026\n\n", "nn": "Kommunestyret\nMøtedato: 14.05.2026\n\n"}


def _rows(language: str, body: str) -> list[tuple]:
    return [cells[:5] for cells in vote_cells(HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Sak 21/26  Budsjettjustering 2026          Arkivsak: 26/101\n"
            "  Forslag                  Resultat     For   Mot\n"
            "  Forslag 1, H             Falt           4    13\n"
            "  Innstillingen            Vedtatt       13     4\n",
            [("21/26", "Forslag 1, H", "rejected", 4, 13), ("21/26", "Innstillingen", "adopted", 13, 4)],
        ),
        (
            "nb",
            "PS 34/26 Reguleringsplan for Nordbyen\n\n"
            "| Forslag | Resultat | For | Mot |\n|---|---|---|---|\n"
            "| Tilleggsforslag fra Ap | Vedtatt | 20 | 7 |\n"
            "| Formannskapets innstilling | Vedtatt | 27 | 0 |\n",
            [
                ("34/26", "Tilleggsforslag fra Ap", "adopted", 20, 7),
                ("34/26", "Formannskapets innstilling", "adopted", 27, 0),
            ],
        ),
        (
            "nn",
            "Sak 12/26  Skulestruktur i Vik\n"
            "Framlegg                    Resultat    For   Mot   Avhaldande\n"
            "--------------------------  ----------  ----  ----  ----------\n"
            "Framlegg frå Sp             Fall          5    12    0\n"
            "Innstillinga                Vedteke      12     5    0\n"
            "--------------------------  ----------  ----  ----  ----------\n",
            [("12/26", "Framlegg frå Sp", "rejected", 5, 12), ("12/26", "Innstillinga", "adopted", 12, 5)],
        ),
        (
            "nn",
            "PS 40/26 Kommuneplanen sin arealdel\n"
            "| Resultat | Framlegg | Mot | For |\n|---|---|---|---|\n"
            "| Vedteke | Innstillinga frå formannskapet | 3 | 14 |\n",
            [("40/26", "Innstillinga frå formannskapet", "adopted", 14, 3)],
        ),
        (
            "nb",
            "Sak 55/26 Ny barnehage på Moen\n"
            "| Forslag | Resultat | For | Mot |\n|---|---|---|---|\n"
            "| Endringsforslag fra SV om | Falt | 2 | 25 |\n"
            "| lavere foreldrebetaling |  |  |  |\n"
            "| Forslag 2, KrF | Trukket | - | - |\n"
            "| Innstillingen | Vedtatt | 25 | 2 |\n",
            [
                ("55/26", "Endringsforslag fra SV om lavere foreldrebetaling", "rejected", 2, 25),
                ("55/26", "Innstillingen", "adopted", 25, 2),
            ],
        ),
        (
            "nn",
            "Sak 7/26  Alternativ votering: lokalisering av ny brannstasjon\n"
            "| Framlegg | Resultat | For | Mot |\n|---|---|---|---|\n"
            "| Alternativ A, Sentrum | Vedteke | 11 | 6 |\n"
            "| Alternativ B, Nordre | Fall | 6 | 11 |\n",
            [
                ("7/26", "Alternativ A, Sentrum", "adopted", 11, 6),
                ("7/26", "Alternativ B, Nordre", "rejected", 6, 11),
            ],
        ),
    ],
)
def test_each_row_of_a_proposal_table_is_a_vote_in_the_case_above(language, body, expected):
    assert _rows(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "nb",
            "Budsjett 2027 - driftsrammer\n"
            "| Forslag | Vedtatt | For | Mot |\n|---|---|---|---|\n"
            "| Helse | 120 000 | 3 | 4 |\n",
        ),
        (
            "nb",
            "Sak 21/26 Oppmøte\n| Navn | Parti | Til stede | Forfall |\n|---|---|---|---|\n"
            "| Kari Lie | Ap | Ja | Nei |\n",
        ),
        (
            "nn",
            "Framlegg                    Resultat    For   Mot\nFramlegg frå Sp             Fall          5    12\n",
        ),
    ],
)
def test_tables_that_are_no_vote_table_of_a_case_give_no_row(language, body):
    assert _rows(language, body) == []


@pytest.mark.parametrize(
    ("language", "heading", "case"),
    [
        ("nb", "Voteringer i sak 34/26 Budsjett 2027", "34/26"),
        ("nb", "Avstemning i sak 35/26: Ny idrettshall", "35/26"),
        ("nn", "Røystingar i sak 9/26 - Ny brannstasjon", "9/26"),
    ],
)
def test_a_heading_naming_the_votes_of_a_case_gives_the_table_its_case(language, heading, case):
    word = "Forslag" if language == "nb" else "Framlegg"
    body = f"{heading}\n\n| {word} | Resultat | For | Mot |\n|---|---|---|---|\n| Innstillinga | Vedtatt | 15 | 2 |\n"
    assert _rows(language, body) == [(case, "Innstillinga", "adopted", 15, 2)]


def test_a_case_list_without_vote_columns_keeps_its_rows_unchanged():
    body = "| Sak | Tittel | Vedtak |\n|---|---|---|\n| 21/26 | Ny barnehage | Vedtatt |\n"
    assert _rows("nb", body) == [("21/26", "Ny barnehage", "adopted", None, None)]


def test_a_party_line_under_the_table_gives_the_parties_against_the_row_it_names():
    body = (
        "Sak 21/26 Budsjettjustering 2026\n"
        "| Forslag | Resultat | For | Mot |\n|---|---|---|---|\n"
        "| Forslag 1, H | Falt | 4 | 13 |\n"
        "| Innstillingen | Vedtatt | 13 | 4 |\n"
        "Partifordeling mot innstillingen: H 3, FrP 1\n"
    )
    assert vote_cells(HEAD["nb"] + body, "nb")[1] == ("21/26", "Innstillingen", "adopted", 13, 4, {"H": 3, "FrP": 1})


def test_a_label_given_below_with_its_words_and_mover_names_the_proposal():
    body = (
        "Sak 8/26 Skuleskyss\n"
        "Framlegg\tResultat\tFor\tMot\n"
        "Framlegg 2, Sp\tFall\t6\t11\n"
        "Utsetjingsframlegg, KrF\tVedteke\t12\t5\n"
        "\nFramlegga\n"
        "Framlegg 2, Sp (sak 8/26), fremja av Ola Vik (Sp):\n"
        "«Skuleskyssen vert gratis for alle elevar.»\n"
        "Utsetjingsframlegg, KrF (sak 8/26), fremja av Kari Dal (KrF): «Saka vert utsett til neste møte.»\n"
    )
    rows = [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(HEAD["nn"] + body, "nn")]
    assert rows == [
        ("Skuleskyssen vert gratis for alle elevar.", "Ola Vik", "Sp", "rejected"),
        ("Saka vert utsett til neste møte.", "Kari Dal", "KrF", "postponed"),
    ]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nn",
            "FS-sak 21/26  Årsrekneskap og årsmelding 2025\nArkivsak: 26/118\nKommunedirektøren sitt framlegg:\n"
            "Formannskapet tilrår kommunestyret å godkjenne årsrekneskapen for 2025.\nRøysting\n"
            "  Framlegg                              For   Mot   Resultat\n"
            "  Kommunedirektøren sitt framlegg         4     0   Samrøystes tilrådd\n",
            [("21/26", "Kommunedirektøren sitt framlegg", "adopted", 4, 0)],
        ),
        (
            "nn",
            "Sak 14/26 Tilskot til Vik idrettslag\nArkivsak: 26/77\nTilråding:\nIdrettslaget får 90 000 kr.\n"
            "Handsaming:\nOla Dale (Sp) gjorde framlegg om 120 000 kr.\nRøysting:\n"
            "Framlegg                 Resultat   For   Mot\n"
            "Framlegget frå Dale      Fall         3     4\n"
            "Tilrådinga               Vedteke      4     3\n",
            [("14/26", "Framlegget frå Dale", "rejected", 3, 4), ("14/26", "Tilrådinga", "adopted", 4, 3)],
        ),
        (
            "nn",
            "PS 30/26  Gebyr for feiing 2027\nKommunedirektøren si innstilling:\nGebyret vert halde uendra.\n"
            "Røysting\n| Framlegg | For | Mot | Resultat |\n|---|---|---|---|\n"
            "| Innstillinga | 15 | 2 | Vedteke |\n",
            [("30/26", "Innstillinga", "adopted", 15, 2)],
        ),
        (
            "nn",
            "Utvalssak 8/26 Skuleskyss\nArkivsak: 25/990\nFramlegg til vedtak:\nSkyssgrensa vert 4 km.\n"
            "Handsaming i møtet:\nDet kom ingen andre framlegg.\n"
            "Framlegg\tResultat\tFor\tMot\nFramlegg til vedtak\tVedteke\t6\t1\n",
            [("8/26", "Framlegg til vedtak", "adopted", 6, 1)],
        ),
        (
            "nn",
            "Sak 3/26 Vegnamn i Ose\nTilråding frå administrasjonen:\nVegen får namnet Osevegen.\nKari Li (H) "
            "føreslo Elvevegen.\nRøysting:\n"
            "  Framlegg              For   Mot   Resultat\n"
            "  Framlegget frå Li       2     5   Fall\n"
            "  Tilrådinga              5     2   Vedteke\n",
            [("3/26", "Framlegget frå Li", "rejected", 2, 5), ("3/26", "Tilrådinga", "adopted", 5, 2)],
        ),
        (
            "nb",
            "FS-sak 40/26  Salg av tomt på Moen\nArkivsak: 26/300\nKommunedirektørens forslag:\n"
            "Tomten selges for 1,2 mill. kroner.\nVotering\n"
            "  Forslag                          For   Mot   Resultat\n"
            "  Kommunedirektørens forslag         5     2   Vedtatt\n",
            [("40/26", "Kommunedirektørens forslag", "adopted", 5, 2)],
        ),
        (
            "nb",
            "Sak 12/26 Åpningstider ved biblioteket\nInnstilling:\nBiblioteket holder åpent til kl. 19.\n"
            "Behandling:\nSV fremmet forslag om åpent til kl. 20.\nVotering:\n"
            "Forslag              Resultat   For   Mot\n"
            "Forslaget fra SV     Falt         2     7\n"
            "Innstillingen        Vedtatt      7     2\n",
            [("12/26", "Forslaget fra SV", "rejected", 2, 7), ("12/26", "Innstillingen", "adopted", 7, 2)],
        ),
        (
            "nb",
            "PS 51/26 Tilskudd til velforeningen\nArkivsak: 26/410\nInnstilling fra kommunedirektøren:\n"
            "Velforeningen får 40 000 kroner.\nVotering\n| Forslag | For | Mot | Resultat |\n|---|---|---|---|\n"
            "| Innstillingen | 21 | 6 | Vedtatt |\n",
            [("51/26", "Innstillingen", "adopted", 21, 6)],
        ),
        (
            "nb",
            "Utvalgssak 9/26 Skolerute 2027\nForslag til vedtak:\nSkoleruten vedtas.\nBehandling i møtet:\n"
            "Ingen andre forslag ble fremmet.\n"
            "Forslag\tResultat\tFor\tMot\nForslag til vedtak\tVedtatt\t9\t0\n",
            [("9/26", "Forslag til vedtak", "adopted", 9, 0)],
        ),
        (
            "nb",
            "Sak 77/26 Parkering i sentrum\nInnstilling:\nAvgiften økes til 30 kroner.\nFrP foreslo at "
            "avgiften holdes uendret.\nVotering:\n"
            "  Forslag              For   Mot   Resultat\n"
            "  Forslaget fra FrP      3    24   Falt\n"
            "  Innstillingen         24     3   Vedtatt\n",
            [("77/26", "Forslaget fra FrP", "rejected", 3, 24), ("77/26", "Innstillingen", "adopted", 24, 3)],
        ),
    ],
)
def test_a_vote_table_at_the_foot_of_a_case_block_votes_in_that_case(language, body, expected):
    assert _rows(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "nb",
            "Oversikt over forslag til budsjett\nTallene er i hele tusen.\nFordelt på rammer.\nSe vedlegg.\n"
            "Forslag\tResultat\tFor\tMot\nRamme helse\t120 000\t3\t4\n",
        ),
        (
            "nn",
            "Formannskapet si oversikt\nTala er i heile tusen.\nSjå vedlegg.\n"
            "Framlegg\tResultat\tFor\tMot\nRamme helse\tVedteke\t3\t4\n",
        ),
        (
            "nn",
            "Sak 6/26 Budsjett\n"
            + "".join(f"Line {n} i ein lang tekst om budsjettet.\n" for n in range(14))
            + "Framlegg\tResultat\tFor\tMot\nRamme helse\tVedteke\t9\t2\n",
        ),
        (
            "nb",
            "Sak 6/26 Budsjett\n"
            + "".join(f"Linje {n} i en lang tekst om budsjettet.\n" for n in range(14))
            + "Forslag\tResultat\tFor\tMot\nInnstillingen\tVedtatt\t9\t2\n",
        ),
    ],
)
def test_a_table_outside_any_case_block_gives_no_vote_of_a_case(language, body):
    assert [cells for cells in _rows(language, body) if cells[1] in ("Ramme helse", "Innstillingen")] == []

"""Minutes that list every item with its result at the top ("FS 55/26  Busetjing av flyktningar  Vedteke 4-3") and
then record each item in full under its own case header. Where the full record names what was voted on (the
recommendation, a member's proposal), its votes are the rows: the list line only summed them up, and its counts go to
the one vote with its outcome that gives none. Where the full record only states the decision, or a note line under
the list ("Ad 55/26: ...") explains it, the list line stays the row. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_NB_HEAD = "Hovedutvalg for teknikk\nMøtedato: 03.03.2026\n\nSaksliste med vedtak\n"
_NN_HEAD = "Formannskapet\nMøtedato: 08.09.2026\n\nSakliste med vedtak\n"
# a second listed item, recorded in full by its decision alone: its row stays the list line's
_NB_TAIL = "PS 29/26 Skolerute 2027\tArkivsak 26/302\nVedtak: Skoleruten vedtas slik den er lagt fram.\n"
_NB_LINE = "PS 29/26\tSkolerute 2027\tVedtatt\n"
_NN_TAIL = "PS 69/26 Skulerute 2027\tArkivsak 26/302\nVedtak: Skuleruta vert vedteken slik ho er lagd fram.\n"
_NN_LINE = "PS 69/26\tSkulerute 2027\tVedteke\n"
_NB_KEPT = ("29/26", "Skolerute 2027", "adopted", None, None)
_NN_KEPT = ("69/26", "Skulerute 2027", "adopted", None, None)


def _rows(text: str, language: str) -> list[tuple]:
    return sorted(cells[:5] for cells in vote_cells(text, language))


@pytest.mark.parametrize(
    ("language", "text", "rows"),
    [
        (
            "nb",
            _NB_HEAD + "PS 12/26\tVegnavn i Haugsmarka\tVedtatt 5-2\n" + _NB_LINE + "\nVotering og merknader\n\n"
            "PS 12/26 Vegnavn i Haugsmarka (arkivsak 26/101)\n"
            "Per Olsen (H) fremmet forslag om å bruke navnet Furuvegen.\nForslaget falt med 2 mot 5 stemmer.\n"
            "Innstillingen ble vedtatt med 5 mot 2 stemmer.\n\n" + _NB_TAIL,
            [("12/26", "Innstillingen", "adopted", 5, 2), ("12/26", "bruke navnet Furuvegen", "rejected", 2, 5)],
        ),
        (
            "nb",
            _NB_HEAD + "PS 20/26\tBudsjettjustering veg\tVedtatt 6-3\n" + _NB_LINE + "\n"
            "PS 20/26 Budsjettjustering veg\tArkivsak 26/140\n"
            "Kommunedirektørens innstilling: Rammen økes med 2 mill. kroner.\n"
            "Kari Lie (Sp) fremmet forslag om at rammen økes med 3 mill. kroner.\n"
            "Forslaget fikk 3 stemmer og falt.\nInnstillingen ble vedtatt.\n\n" + _NB_TAIL,
            [
                ("20/26", "Innstillingen", "adopted", 6, 3),
                ("20/26", "rammen økes med 3 mill. kroner", "rejected", 3, None),
            ],
        ),
        (
            "nb",
            _NB_HEAD + "PS 40/26\tGebyrregulativ 2027\tUtsatt\n" + _NB_LINE + "\n"
            "PS 40/26 Gebyrregulativ 2027\tArkivsak 26/301\n"
            "Lise Holm (V) fremmet forslag om å utsette saken til neste møte.\n"
            "Forslaget ble enstemmig vedtatt. Saken er utsatt.\n\n" + _NB_TAIL,
            [("40/26", "utsette saken til neste møte", "postponed", None, 0)],
        ),
        (
            "nb",
            _NB_HEAD + "PS 51/26\tVintervedlikehold\tVedtatt\n" + _NB_LINE + "\n"
            "PS 51/26 Vintervedlikehold (arkivsak 26/12)\n"
            "Kommunedirektørens innstilling ble vedtatt mot 1 stemme (MDG).\n\n" + _NB_TAIL,
            [("51/26", "Kommunedirektørens innstilling", "adopted", None, 1)],
        ),
        (
            "nb",
            _NB_HEAD + "PS 33/26\tSalg av tomt på Moen\tVedtatt\n" + _NB_LINE + "\n"
            "PS 33/26 Salg av tomt på Moen (arkivsak 26/77)\n"
            "Nils Berg (FrP) fremmet forslag om at tomta ikke selges.\n"
            "Forslaget fikk 3 stemmer (FrP) og falt.\nFormannskapets innstilling ble vedtatt med 8 mot 3 stemmer.\n\n"
            + _NB_TAIL,
            [
                ("33/26", "Formannskapets innstilling", "adopted", 8, 3),
                ("33/26", "tomta ikke selges", "rejected", 3, None),
            ],
        ),
        (
            "nn",
            _NN_HEAD + "FS 55/26\tBusetjing av flyktningar 2027\tVedteke 4-3\n" + _NN_LINE + "\n"
            "FS 55/26 Busetjing av flyktningar 2027\tArkivsak 26/402\n"
            "Innstilling: Kommunen busett 15 flyktningar i 2027.\n"
            "Jon Haugen (Sp) gjorde framlegg om at kommunen busett 10 flyktningar.\n"
            "Framlegget fekk 3 røyster og fall.\nInnstillinga vart vedteken.\n\n" + _NN_TAIL,
            [
                ("55/26", "Innstillinga", "adopted", 4, 3),
                ("55/26", "kommunen busett 10 flyktningar", "rejected", 3, None),
            ],
        ),
        (
            "nn",
            _NN_HEAD + "FS 61/26\tKjøp av ferjebil\tUtsett\n" + _NN_LINE + "\n"
            "FS 61/26 Kjøp av ferjebil\t(arkivsak 26/377)\n"
            "Kari Mjånes (Sp) gjorde framlegg om å utsetje saka til januar.\n"
            "Framlegget vart samrøystes vedteke. Saka er utsett.\n\n" + _NN_TAIL,
            [("61/26", "utsetje saka til januar", "postponed", None, 0)],
        ),
        (
            "nn",
            _NN_HEAD + "UTM 9/26\tTrafikktryggingsplan 2026-2029\tVedteke\n" + _NN_LINE + "\n"
            "UTM 9/26 Trafikktryggingsplan 2026-2029\tArkiv: 25/402\n"
            "Røysting: Innstillinga vart vedteken mot 1 røyst (Ap).\n\n" + _NN_TAIL,
            [("9/26", "Innstillinga", "adopted", None, 1)],
        ),
        (
            "nn",
            _NN_HEAD + "PS 70/26\tBudsjett for kulturhuset\tVedteke 5-2\n" + _NN_LINE + "\n"
            "PS 70/26 Budsjett for kulturhuset (arkivsak 26/88)\n"
            "Formannskapet si innstilling vart vedteken med 5 mot 2 røyster.\n\n" + _NN_TAIL,
            [("70/26", "Formannskapet si innstilling", "adopted", 5, 2)],
        ),
        (
            "nn",
            _NN_HEAD + "PS 80/26\tGebyr for feiing\tVedteke\n" + _NN_LINE + "\n"
            "PS 80/26 Gebyr for feiing (arkivsak 26/91)\n"
            "Anne Vik (FrP) gjorde framlegg om at gebyret vert halde på 2026-nivå.\n"
            "Framlegget fall med 1 mot 6 røyster.\nKommunedirektøren sitt framlegg vart vedteke med 6 mot 1 røyst.\n\n"
            + _NN_TAIL,
            [
                ("80/26", "Kommunedirektøren sitt framlegg", "adopted", 6, 1),
                ("80/26", "gebyret vert halde på 2026-nivå", "rejected", 1, 6),
            ],
        ),
    ],
)
def test_a_full_record_naming_the_votes_gives_the_rows(language: str, text: str, rows: list[tuple]) -> None:
    assert _rows(text, language) == sorted([*rows, _NB_KEPT if language == "nb" else _NN_KEPT])


@pytest.mark.parametrize(
    ("language", "text", "rows"),
    [
        (
            "nb",
            _NB_HEAD + "PS 14/26\tTilskudd til velforening\tVedtatt\n" + _NB_LINE + "\n"
            "PS 14/26 Tilskudd til velforening (arkivsak 26/155)\n"
            "Vedtak: Hovedutvalget gir Haugsmarka vel et tilskudd på 50 000 kroner.\n\n" + _NB_TAIL,
            [("14/26", "Tilskudd til velforening", "adopted", None, None), _NB_KEPT],
        ),
        (
            "nb",
            _NB_HEAD + "PS 15/26\tParkering ved rådhuset\tVedtatt\n" + _NB_LINE + "\nMerknader\n"
            "Ad 15/26: Innstillingen ble vedtatt med 7 mot 2 stemmer.\n",
            [("15/26", "Parkering ved rådhuset", "adopted", 7, 2), ("29/26", "Skolerute 2027", "adopted", None, None)],
        ),
        (
            "nn",
            _NN_HEAD + "FS 57/26\tØkonomirapport 2. tertial\tVedteke\n" + _NN_LINE + "\n"
            "FS 57/26 Økonomirapport 2. tertial\tArkivsak 26/15\n"
            "Formannskapet vedtek budsjettendringane i vedlegg 1.\n\n" + _NN_TAIL,
            [("57/26", "Økonomirapport 2. tertial", "adopted", None, None), _NN_KEPT],
        ),
        (
            "nn",
            _NN_HEAD + "PS 58/26\tSal av tomt\tVedteke\n" + _NN_LINE + "\nMerknader\n"
            "Ad 58/26: Innstillinga vart vedteken med 4 mot 1 røyst.\n",
            [("58/26", "Sal av tomt", "adopted", 4, 1), ("69/26", "Skulerute 2027", "adopted", None, None)],
        ),
    ],
)
def test_a_full_record_stating_only_the_decision_or_a_note_keeps_the_list_line(
    language: str, text: str, rows: list[tuple]
) -> None:
    assert _rows(text, language) == sorted(rows)

"""A case that prints a recommendation and then the vote on it records ONE decision: the vote line's row
("Kommunedirektøren sitt framlegg vart vedteke med 4 mot 2 røyster (H)."). The recommendation's own
points ("1. Driftsbudsjettet for 2027 vert vedteke ...") under a label naming who recommends, to whom or
as what ("Framlegg til vedtak frå kommunedirektøren", "Formannskapet si innstilling til kommunestyret",
"Rådmannens forslag til innstilling") are its text, not a second decision; nor is a committee's
"Innstilling til kommunestyret: Som ..." line. Two proposals voted separately stay two rows.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells

NN_POINTS = (
    "1. Driftsbudsjettet for 2027 vert vedteke slik det går fram av tabell 1.\n"
    "2. Eigedomsskatten vert vidareført med 5 promille.\n"
)
NB_POINTS = (
    "1. Driftsbudsjettet for 2027 vedtas slik det fremgår av tabell 1.\n"
    "2. Eiendomsskatten videreføres med 5 promille.\n"
)


def _counts(text: str, language: str) -> list[tuple]:
    rows = vote_cells(CASE[language] + text, language)
    return [(outcome, yes, no, parties) for _, _, outcome, yes, no, parties in rows]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nn",
            "Kommunedirektøren sitt framlegg til innstilling:\n" + NN_POINTS + "Handsaming i møtet:\n"
            "Astrid Berg (H) sette fram framlegg om at eigedomsskatten vert sett ned til 4 promille.\nRøysting:\n"
            "Framlegget frå Berg fekk 2 røyster (H) og fall.\n"
            "Kommunedirektøren sitt framlegg vart vedteke med 4 mot 2 røyster (H).\n"
            "Innstilling til kommunestyret: Som kommunedirektøren sitt framlegg.\n",
            [("rejected", 2, None, None), ("adopted", 4, 2, {"H": 2})],
        ),
        (
            "nn",
            "Framlegg til vedtak frå kommunedirektøren:\n" + NN_POINTS + "Handsaming:\nRøysting:\n"
            "Kommunedirektøren sitt framlegg vart vedteke med 9 mot 2 røyster (Sp).\n",
            [("adopted", 9, 2, {"Sp": 2})],
        ),
        (
            "nn",
            "Formannskapet si innstilling til kommunestyret:\n"
            "1. Kommunestyret vedtek å byggje ny barnehage på Fjell.\n2. Kostnadsramma vert sett til 40 mill. kr.\n"
            "Handsaming i kommunestyret:\nRøysting:\nInnstillinga vart vedteken med 19 mot 6 røyster (FrP 4, H 2).\n",
            [("adopted", 19, 6, {"FrP": 4, "H": 2})],
        ),
        (
            "nn",
            "Tilråding frå kommunedirektøren:\n" + NN_POINTS + "Handsaming:\nRøysting:\n"
            "Tilrådinga vart vedteken med 12 mot 3 røyster.\n",
            [("adopted", 12, 3, None)],
        ),
        (
            "nn",
            "Kommunedirektøren si tilråding til vedtak\n" + NN_POINTS + "\nHandsaming i utvalet 12.03.2026:\n"
            "Røysting:\nTilrådinga vart samrøystes vedteken.\n\nUtvalet si innstilling til kommunestyret:\n"
            "Som tilrådinga.\n",
            [("adopted", None, 0, None)],
        ),
        (
            "nn",
            "Rådmannen sitt framlegg til innstilling:\n" + NN_POINTS + "Handsaming:\nRøysting:\n"
            "Rådmannen sitt framlegg vart vedteke mot 1 røyst (R).\n",
            [("adopted", None, 1, {"R": 1})],
        ),
        (
            "nb",
            "Rådmannens forslag til innstilling:\n" + NB_POINTS + "Behandling i formannskapet 03.04.2026:\n"
            "Votering:\nRådmannens forslag ble enstemmig vedtatt.\nFormannskapets innstilling til kommunestyret:\n"
            "Som rådmannens forslag.\n",
            [("adopted", None, 0, None)],
        ),
        (
            "nb",
            "Kommunedirektørens forslag til innstilling:\n" + NB_POINTS + "Behandling:\n"
            "Kari Moe (SV) fremmet forslag om å sende saken tilbake.\nVotering:\n"
            "Forslaget fra Moe falt med 3 mot 8 stemmer.\n"
            "Kommunedirektørens forslag ble vedtatt med 8 mot 3 stemmer (SV 2, R 1).\n",
            [("rejected", 3, 8, None), ("adopted", 8, 3, {"SV": 2, "R": 1})],
        ),
        (
            "nb",
            "Innstilling fra formannskapet:\nKommunestyret vedtar å bygge ny sykehjemsfløy på Moen.\n"
            "Behandling i kommunestyret:\nVotering:\nInnstillingen ble vedtatt mot 9 stemmer (FrP 5, H 4).\n",
            [("adopted", None, 9, {"FrP": 5, "H": 4})],
        ),
        (
            "nb",
            "Forslag til vedtak fra kommunedirektøren:\n" + NB_POINTS + "Votering:\n"
            "Kommunedirektørens forslag ble vedtatt med 21 mot 12 stemmer.\n",
            [("adopted", 21, 12, None)],
        ),
        (
            "nb",
            "Kommunedirektørens forslag til vedtak:\n" + NB_POINTS + "Behandling:\nVotering:\n"
            "Kommunedirektørens forslag ble vedtatt med 5 mot 2 stemmer.\n",
            [("adopted", 5, 2, None)],
        ),
        (
            "da",
            "Indstilling:\nForvaltningen indstiller, at budgettet for 2027 godkendes.\nBeslutning:\n"
            "Indstillingen blev godkendt med 14 stemmer mod 4.\n",
            [("adopted", 14, 4, None)],
        ),
        (
            "da",
            "Direktionens indstilling:\n1. At planforslaget for Havnen godkendes.\n2. At planen offentliggøres.\n"
            "Beslutning i Økonomiudvalget den 3. marts 2026:\nIndstillingen blev godkendt med 5 stemmer mod 2 (Ø).\n",
            [("adopted", 5, 2, {"Ø": 2})],
        ),
        (
            "da",
            "Indstilling\nAdministrationen indstiller til Teknik- og Miljøudvalget, at lokalplanen vedtages endeligt.\n"
            "Beslutning\nIndstillingen blev godkendt med 6 stemmer for og 1 imod.\n",
            [("adopted", 6, 1, None)],
        ),
        (
            "da",
            "Borgmesterens forslag:\nAt ejerstrategien for forsyningen godkendes.\nBeslutning:\n"
            "Forslaget blev vedtaget med 17 stemmer mod 6.\n",
            [("adopted", 17, 6, None)],
        ),
        (
            "da",
            "Indstilling:\nForvaltningen indstiller,\n1. at regnskabet godkendes,\n2. at overskuddet overføres.\n"
            "Beslutning:\nIndstillingen blev vedtaget med 20 stemmer mod 5 (O 3, D 2).\n",
            [("adopted", 20, 5, {"O": 3, "D": 2})],
        ),
    ],
)
def test_a_recommendation_and_the_vote_on_it_are_one_row(language, text, expected):
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (  # two proposals voted separately
            "nn",
            "Kommunedirektøren sitt framlegg til innstilling:\n" + NN_POINTS + "Handsaming:\n"
            "Ola Vik (Sp) sette fram eit tilleggsframlegg om gratis skulemat.\nRøysting:\n"
            "Tilleggsframlegget frå Vik vart vedteke med 5 mot 2 røyster.\n"
            "Kommunedirektøren sitt framlegg vart vedteke med 7 mot 0 røyster.\n",
            [("adopted", 5, 2), ("adopted", 7, 0)],
        ),
        (  # an amendment adopted and the amended recommendation adopted
            "nb",
            "Kommunedirektørens forslag til innstilling:\n" + NB_POINTS + "Behandling:\n"
            "Kari Moe (SV) fremmet endringsforslag til punkt 2.\nVotering:\n"
            "Endringsforslaget fra Moe ble vedtatt med 6 mot 3 stemmer.\n"
            "Kommunedirektørens forslag med vedtatt endring ble vedtatt med 9 mot 0 stemmer.\n",
            [("adopted", 6, 3), ("adopted", 9, 0)],
        ),
        (  # a proposal rejected and the recommendation adopted
            "da",
            "Indstilling:\nForvaltningen indstiller, at planen godkendes.\nBeslutning:\n"
            "Forslag fra Venstre om udsættelse blev forkastet med 4 stemmer mod 15.\n"
            "Indstillingen blev godkendt med 15 stemmer mod 4.\n",
            [("rejected", 4, 15), ("adopted", 15, 4)],
        ),
        (  # two cases, each with its own decision
            "nn",
            "Framlegg til vedtak frå kommunedirektøren:\n" + NN_POINTS + "Røysting:\n"
            "Framlegget vart vedteke med 8 mot 1 røyst.\n\nPS 42/23 Gebyrregulativ 2024\n\n"
            "Framlegg til vedtak frå kommunedirektøren:\nGebyra vert auka med 3 prosent.\nRøysting:\n"
            "Framlegget vart samrøystes vedteke.\n",
            [("adopted", 8, 1), ("adopted", None, 0)],
        ),
    ],
)
def test_separate_votes_stay_separate_rows(language, text, expected):
    assert [row[:3] for row in _counts(text, language)] == expected


@pytest.mark.parametrize(
    "label",
    [
        "Framlegg til vedtak i kommunestyret:",
        "Kommunedirektøren sitt framlegg til vedtak i formannskapet:",
        "Tilråding frå rådmannen til formannskapet:",
        "Innstilling frå kommunedirektøren til utval for teknikk:",
        "Framlegg til vedtak/innstilling:",
        "Kommunedirektøren sitt framlegg til innstilling",
    ],
)
def test_points_under_a_recommendation_label_of_any_length_are_no_decision(label):
    text = f"{label}\n{NN_POINTS}Handsaming:\nRøysting:\nInnstillinga vart vedteken med 4 mot 2 røyster (H).\n"
    assert _counts(text, "nn") == [("adopted", 4, 2, {"H": 2})]

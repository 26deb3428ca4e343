"""A case's earlier treatment retold under a heading of its own on a Bokmål or Nynorsk vote or case page
("Tidligere behandling" / "Formannskapet 02.03.2026, sak 14/26: Innstillingen ble vedtatt ..."): each line names a
body and a day like a committee step, but tells what happened before this meeting, so it gives no row; the page's own
votes above keep theirs. Look-alikes: a step headed "Behandling i Formannskapet 12.05.2026" is this page's record of
that step and stays a row, and a line under the history heading that names no day ends the history. All texts are
written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.votes.history import history_lines
from pipeline.extract.votes.lexicon import lexicon
from tests.extract.votes.helpers import votes

NB_PAGE = (
    "Sak 17/26 Ny reguleringsplan for Elvebakken\nMøte: Kommunestyret, tirsdag 9. juni 2026\n\n"
    "Votering 1 av 1\nForslag: Innstillingen fra formannskapet\nResultat: Vedtatt\nFor: 19   Mot: 4\n\n"
)
NN_PAGE = (
    "Sak 9/26  Ny skulestruktur\nMøte: Kommunestyret, onsdag 10. juni 2026\n\n"
    "RØYSTINGAR\n#1  Innstillinga frå formannskapet\n    Resultat: VEDTEKE     For: 20   Imot: 5\n\n"
)
HISTORIES = [
    (
        "nb",
        NB_PAGE,
        "Tidligere behandling\nFormannskapet 02.05.2026, sak 31/26: Innstillingen ble vedtatt mot 2 stemmer.\n",
    ),
    (
        "nb",
        NB_PAGE,
        "Tidligere behandlinger:\nPlanutvalget 14.04.2026: Enstemmig vedtatt.\n"
        "Eldrerådet 20.04.2026: Tok saken til orientering.\n",
    ),
    (
        "nb",
        NB_PAGE,
        "TIDLIGERE VEDTAK I SAKEN\nKommunestyret 12.12.2024 (sak 88/24): Rådmannen fikk i oppdrag å\n"
        "utrede saken. Enstemmig.\n",
    ),
    (
        "nn",
        NN_PAGE,
        "Tidlegare vedtak i saka\nHovudutval for oppvekst 20.05.2026: Innstillinga vedteken mot 3 røyster.\n",
    ),
    (
        "nn",
        NN_PAGE,
        "Tidlegare handsaming\nFormannskapet 26.05.2026 (sak 40/26): Samrøystes vedteke.\n"
        "Ungdomsrådet 18.05.2026: Saka vart teken til vitande.\n",
    ),
    ("nn", NN_PAGE, "[Tidlegare behandling]\nEldrerådet 19.05.2026: Samrøystes tilråding om å vedta framlegget.\n"),
]


@pytest.mark.parametrize(("language", "page", "history"), HISTORIES)
def test_earlier_treatment_gives_no_row(language: str, page: str, history: str) -> None:
    rows = votes(page + history, language)
    assert [(r.body, r.votes_against) for r in rows] == [("Kommunestyret", 4 if language == "nb" else 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Behandling i formannskapet 12.05.2026\nInnstillingen ble vedtatt med 6 mot 1 stemme.",
        "Formannskapet si handsaming 26.05.2026\nSamrøystes vedteke.",
        "Tidligere behandling av saken er omtalt i saksframlegget.\nFormannskapet 02.05.2026: Vedtatt.",
        "Saksgang\nFormannskapet 02.05.2026\nKommunestyret 09.06.2026",
    ],
)
def test_step_headers_and_headings_in_a_sentence_are_no_history(text: str) -> None:
    assert history_lines(text.split("\n"), lexicon("nb")) == set()


def test_a_line_naming_no_day_ends_the_history() -> None:
    text = (
        NB_PAGE + "Tidligere behandling\nFormannskapet 02.05.2026: Innstillingen ble vedtatt.\n"
        "Sak 18/26 Salg av tomt\nMøte: Kommunestyret, tirsdag 9. juni 2026\nVedtak: Tomta selges.\n"
    )
    assert "18/26" in {r.case_number for r in votes(text, "nb")}

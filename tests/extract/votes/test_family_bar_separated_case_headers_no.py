"""A case header whose columns are set off by bars, not opening with one as a table row does ("FS-sak 14/26 |
Søknad om kommunal garanti | Arkivsak 26/93", "Sak 18/26 | Opptaksreglar for barnehagane | 25/2290"): the number,
the title and the archive number are the case's, as when tabs set the columns off; an archive column without its
label ("| 26/0433") is the archive number, not title text. Look-alikes: a table row opening with a bar, and a
sentence with a bar inside that opens no case. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Formannskapet\nMøtedato: 17.03.2026\n\n",
    "nn": "Formannskapet\nMøtedato: 17.03.2026\n\n",
}


def _cases(language: str, text: str) -> list[tuple]:
    return [(r.case_number, r.archive_case, r.subject) for r in votes(HEAD[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "case"),
    [
        (
            "nb",
            "FS-sak 14/26 | Søknad om kommunal garanti | Arkivsak 26/93\nVedtak: Enstemmig vedtatt.\n",
            ("14/26", "26/93", "Søknad om kommunal garanti"),
        ),
        (
            "nb",
            "Sak 18/26 | Opptaksregler for barnehagene | 25/2290\nInnstillingen ble enstemmig vedtatt.\n",
            ("18/26", "25/2290", "Innstillingen"),
        ),
        (
            "nb",
            "PS 7/26 | Kjøp av ny brannbil\nVedtak: Saken utsettes til neste møte.\n",
            ("7/26", None, "Kjøp av ny brannbil"),
        ),
        (
            "nb",
            "Sak 22/26 | Skyss for elever på Moen - klage fra FAU | 26/0433\nVedtak: Saken sendes tilbake til "
            "kommunedirektøren.\n",
            ("22/26", "26/0433", "Skyss for elever på Moen - klage fra FAU"),
        ),
        (
            "nb",
            "OHK 9/26  | Åpningstider i barnehagen høsten 2026     | 26/047\nVedtak: Enstemmig vedtatt.\n",
            ("9/26", "26/047", "Åpningstider i barnehagen høsten 2026"),
        ),
        (
            "nn",
            "FS-sak 14/26 | Søknad om kommunal garanti | Arkivsak 26/93\nVedtak: Samrøystes vedteke.\n",
            ("14/26", "26/93", "Søknad om kommunal garanti"),
        ),
        (
            "nn",
            "Sak 18/26 | Opptaksreglar for barnehagane | 25/2290\nInnstillinga vart samrøystes vedteken.\n",
            ("18/26", "25/2290", "Innstillinga"),
        ),
        (
            "nn",
            "PS 7/26 | Kjøp av ny brannbil\nVedtak: Saka vert utsett til neste møte.\n",
            ("7/26", None, "Kjøp av ny brannbil"),
        ),
        (
            "nn",
            "Sak 22/26 | Skyss for elevar på Moen - klage frå FAU | 26/0433\nVedtak: Saka vert send attende til "
            "kommunedirektøren.\n",
            ("22/26", "26/0433", "Skyss for elevar på Moen - klage frå FAU"),
        ),
        (
            "nn",
            "OHK 9/26  | Opningstider i barnehagen hausten 2026     | 26/047\nVedtak: Samrøystes vedteke.\n",
            ("9/26", "26/047", "Opningstider i barnehagen hausten 2026"),
        ),
    ],
)
def test_a_bar_separated_header_opens_its_case(language, text, case):
    assert _cases(language, text) == [case]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Sak 31/26 Budsjett 2027\nForslaget fikk 5 stemmer | 2 stemte mot.\nInnstillingen ble vedtatt.\n"),
        ("nn", "Sak 31/26 Budsjett 2027\nFramlegget fekk 5 røyster | 2 røysta mot.\nInnstillinga vart vedteken.\n"),
    ],
)
def test_a_bar_inside_a_sentence_opens_no_case(language, text):
    assert {case for case, _, _ in _cases(language, text)} == {"31/26"}

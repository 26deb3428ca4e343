"""A news paragraph that closes on its case's reference ("... ruste opp den\ngamle barnehagen. (Sak 61/26)") is
prose, not a case header: the line ends a sentence (or continues one), so the paragraph below it is still the
page's next paragraph, read as a news report. A short line naming the case before the reference ("Eiendomsskatt
2027 (sak 72/26)", "Lokalplan 12 (Sag 61/26)") stays the header of the paragraph under it."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = {
    "nb": "Dette skjedde i kommunestyret\nPublisert 30.10.2026\n\nKommunestyret hadde møte torsdag 29. oktober.\n\n",
    "nn": "Nytt frå kommunestyret\nPublisert 30.10.2026\n\nKommunestyret hadde møte torsdag 29. oktober.\n\n",
    "da": "Nyt fra byrådet\nPubliceret 30. oktober 2026\n\nByrådet holdt møde torsdag den 29. oktober.\n\n",
}
DATE = "2026-10-29"

# the first paragraph closes on its reference; the one below it must still be read
CLOSED = [
    (
        "nn",
        "SKULEBUSS\nKommunestyret vedtok ny skuleskyssordning for\nungdomsskulen. (Sak 61/26)\n\n"
        "Kommunestyret tok tertialrapporten til vitande. (Sak 62/26)\n",
        ["adopted", "noted"],
    ),
    (
        "nn",
        "Framlegget frå Senterpartiet om gratis parkering fall. Berre dei fem\n"
        "representantane røysta for. (PS 14/26)\n\n"
        "Saka om ny idrettshall vart utsett til neste møte. (Sak 15/26)\n",
        ["rejected", "postponed"],
    ),
    (
        "nb",
        "NY BRANNSTASJON\nKommunestyret vedtok å bygge ny brannstasjon på Moen. Vedtaket var\n"
        "enstemmig. (Sak 44/26)\n\n"
        "Kommunestyret tok årsmeldingen for barnevernet til orientering. (Sak 45/26)\n",
        ["adopted", "noted"],
    ),
    (
        "nb",
        "Forslaget fra Høyre om å redusere\neiendomsskatten falt. (sak 9/26)\n\n"
        "Saken om nytt kulturhus ble utsatt. (saksnr. 10/26)\n",
        ["rejected", "postponed"],
    ),
    (
        "nb",
        "Kommunestyret vedtok planen for\nsentrumsutvikling. (PS 71/26)\n\n"
        "Kommunestyret tok tilstandsrapporten for skolene til orientering. (PS 72/26)\n",
        ["adopted", "noted"],
    ),
    (
        "da",
        "Byrådet godkendte den nye\naffaldsplan. (Sag 31/26)\n\n"
        "Byrådet tog kvartalsrapporten til efterretning. (Sag 32/26)\n",
        ["adopted", "noted"],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CLOSED)
def test_a_paragraph_closing_on_its_case_reference_leaves_the_next_paragraph_a_news_report(language, body, expected):
    rows = votes(PAGE[language] + body, language)
    assert [r.outcome for r in rows] == expected
    assert {r.meeting_date for r in rows} == {DATE}


# look-alikes: a case named on a short line of its own before its reference is still that case's header
HEADERS = [
    ("nb", "Eiendomsskatt 2027 (sak 72/26)\nKommunestyret vedtok eiendomsskatt på 4 promille.\n", "72/26"),
    ("nb", "NY BYBRU (sak 115/26)\nBystyret vedtok å bygge ny bybru med 40 mot 13 stemmer.\n", "115/26"),
    ("nn", "Budsjett 2027 m.m. (PS 80/26)\nKommunestyret vedtok budsjettet.\n", "80/26"),
    ("nn", "Gratis SFO for alle (Sak 73/26)\nKommunestyret vedtok gratis SFO samrøystes.\n", "73/26"),
]


@pytest.mark.parametrize(("language", "body", "case"), HEADERS)
def test_a_case_named_on_its_own_line_before_its_reference_is_still_its_header(language, body, case):
    rows = votes(PAGE[language] + body, language)
    assert [r.case_number for r in rows] == [case]

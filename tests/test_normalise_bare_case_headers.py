"""A case header printed with its bare number first ("42/2026 Årsrekneskap og årsmelding 2025", "061/26
Reguleringsplan ...") opens a new item: in a hard-wrapped protocol it never runs on from the full line above it,
which would put two cases on one line and give the first case's decisions to the wrong case. A number inside a
wrapped sentence ("... i sak" / "12/26 og ...") or one followed by lower-case text still runs on where it did."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

# a hard-wrapped protocol: lines broken near one width, so a full line normally runs on
WRAPPED = (
    "Kommunestyret handsama saka i møtet og gjekk gjennom alle dei innkomne\n"
    "merknadene frå grunneigarar, lag og organisasjonar i heile kommunen.\n"
    "Ordføraren orienterte om arbeidet med planen og om kva som står att før\n"
    "kommunestyret kan gjere endeleg vedtak i saka seinare i år, truleg i haust.\n"
)
# a heading line as long as the wrapped lines, without a sentence end: what a header used to run on from
HEADING = "Saksprotokoll i Kommunestyret - 11.06.2026 kl. 18.00 i Kommunestyresalen, Vikeså\n"


def text_of(page: str) -> str:
    return normalise([page])[0]


@pytest.mark.parametrize(
    "header",
    [
        "42/2026 Årsrekneskap og årsmelding 2025",
        "061/26 Reguleringsplan for Valestrand sentrum",
        "7/25 Val av nytt medlem til kontrollutvalet",
        "113/2026 Budsjett 2027 og handlingsprogram 2027-2030",
        "45/26 «Kvartalsrapport 1. kvartal 2026»",
        "9/2026 Søknad om skjenkeløyve – Vikeså kro",
    ],
)
def test_a_bare_case_number_header_after_a_full_line_stays_its_own_line(header):
    text = text_of(
        WRAPPED + HEADING + header + "\nVedtak: Kommunestyret godkjenner saka slik ho ligg føre i saksframlegget.\n"
    )
    assert f"\n{header}\n" in text


def test_case_list_lines_with_bare_numbers_stay_one_a_line():
    page = WRAPPED + (
        "Sakliste for møtet i kommunestyret torsdag 11.06.2026 klokka 18.00 i salen\n"
        "41/2026  Godkjenning av innkalling og sakliste\n"
        "42/2026  Årsrekneskap og årsmelding 2025\n"
        "43/2026  Kommunedelplan for Vikeså 2026-2038\n"
    )
    lines = text_of(page).split("\n")
    assert [line for line in lines if line[:1].isdigit()] == [
        "41/2026 Godkjenning av innkalling og sakliste",
        "42/2026 Årsrekneskap og årsmelding 2025",
        "43/2026 Kommunedelplan for Vikeså 2026-2038",
    ]


def test_a_number_in_a_wrapped_sentence_followed_by_lower_case_still_runs_on():
    page = WRAPPED + HEADING + "12/26 av dei sakene som står att på lista.\n"
    assert "Vikeså 12/26 av dei sakene" in text_of(page)


def test_a_prefixed_case_reference_inside_a_wrapped_sentence_still_runs_on():
    page = WRAPPED.replace("truleg i haust.\n", "slik det går fram av\n") + "sak 12/26 Kommunestyret i januar.\n"
    assert "går fram av sak 12/26 Kommunestyret" in text_of(page)


def test_a_date_inside_a_wrapped_sentence_still_runs_on():
    page = WRAPPED.replace("truleg i haust.\n", "truleg på møtet den\n") + "12/05 Kommunestyret har sett av.\n"
    assert "møtet den 12/05 Kommunestyret" in text_of(page)

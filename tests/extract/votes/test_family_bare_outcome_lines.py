"""A case decided by a bare line of its own on a vote page whose other cases carry result fields: an outcome
'without a vote' ("Godkjent uten votering.") adopts the case (unanimity not stated), and a noting sentence
followed by a unanimity sentence ("Meldingen tas til orientering. Enstemmig.") notes it, unanimously. A line
saying only that nothing was voted ("Ingen votering.") gives no row; an outcome with its unanimity adopts."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Kommunestyret – tirsdag 21. april 2026\nVoteringsresultater\n\n",
    "nn": "Kommunestyret – tysdag 21. april 2026\nRøystingsresultat\n\n",
}
NEXT = {  # a case recorded with result fields, as the rest of the page is
    "nb": "\nSAK 18/26 KOMMUNAL PLANSTRATEGI\n  Forslag: Formannskapets innstilling\n"
    "  Resultat: Vedtatt        For: 13   Mot: 0\n",
    "nn": "\nSAK 18/26 KOMMUNAL PLANSTRATEGI\n  Framlegg: Formannskapet si innstilling\n"
    "  Resultat: Vedteke        For: 13   Mot: 0\n",
}


def _case(language: str, title: str, lines: str) -> list[tuple]:
    rows = votes(HEAD[language] + f"SAK 17/26 {title}\n{lines}" + NEXT[language], language)
    return [(r.outcome, r.unanimous, r.votes_against) for r in rows if r.case_number == "17/26"]


WITHOUT_VOTE = [
    ("nb", "GODKJENNING AV INNKALLING OG SAKSLISTE", "Godkjent uten votering."),
    ("nb", "Godkjenning av protokoll", "Vedtatt uten votering."),
    ("nb", "VALG AV MØTELEDER", "Godkjent uten avstemning."),
    ("nb", "Referatsaker", "Enstemmig godkjent uten votering."),
    ("nb", "Godkjenning av saksliste", "Bifalt uten votering"),
    ("nn", "GODKJENNING AV INNKALLING OG SAKLISTE", "Godkjend utan røysting."),
    ("nn", "Godkjenning av møtebok", "Vedteke utan røysting."),
    ("nn", "Val av møteleiar", "Godkjend utan avrøysting."),
    ("nn", "Referatsaker", "Vedteken utan røysting."),
    ("nn", "Godkjenning av sakliste", "Godkjend utan votering"),
]


@pytest.mark.parametrize(("language", "title", "line"), WITHOUT_VOTE)
def test_an_outcome_without_a_vote_adopts_the_case(language, title, line):
    got = _case(language, title, f"  {line}\n")
    assert [outcome for outcome, *_ in got] == ["adopted"]
    if not line.lower().startswith("enstemmig"):
        assert got[0][1] is None  # no vote, so no unanimity stated


NO_VOTE = [
    ("nb", "SPØRSMÅL OM FERJETILBUDET", "Besvart av ordføreren. Ingen votering."),
    ("nb", "Interpellasjon om skolevei", "Ingen votering."),
    ("nb", "Orientering fra rådmannen", "Uten votering."),
    ("nn", "SPØRSMÅL OM FERJETILBODET", "Svara av ordføraren. Inga røysting."),
    ("nn", "Interpellasjon om skuleveg", "Inga røysting."),
    ("nn", "Orientering frå kommunedirektøren", "Utan røysting."),
]


@pytest.mark.parametrize(("language", "title", "line"), NO_VOTE)
def test_a_line_saying_nothing_was_voted_gives_no_row(language, title, line):
    assert _case(language, title, f"  {line}\n") == []


NOTED = [
    ("nb", "MELDING OM VEDTAK I FYLKESTINGET", "Meldingen tas til orientering. Enstemmig."),
    ("nb", "Årsmelding for eldrerådet", "Årsmeldingen tas til orientering. Enstemmig."),
    ("nb", "Orientering om økonomi", "Tatt til orientering. Enstemmig."),
    ("nb", "Referatsaker", "Referatsakene tas til orientering. Enstemmig vedtatt."),
    ("nb", "Tertialrapport 1", "Saken tas til orientering. Enstemmig."),
    ("nn", "MELDING OM VEDTAK I FYLKESTINGET", "Meldinga vert teken til vitande. Samrøystes."),
    ("nn", "Årsmelding for eldrerådet", "Årsmeldinga vert teken til vitande. Samrøystes."),
    ("nn", "Orientering om økonomi", "Teke til vitande. Samrøystes."),
    ("nn", "Referatsaker", "Referatsakene vert tekne til vitande. Samrøystes vedteke."),
    ("nn", "Tertialrapport 1", "Saka vert teken til orientering. Samrøystes."),
]


@pytest.mark.parametrize(("language", "title", "line"), NOTED)
def test_a_noting_line_with_its_unanimity_notes_the_case_unanimously(language, title, line):
    lines = "  Fylkestinget vedtok 10. mars 2026 å redusere antall avganger.\n" if title.isupper() else ""
    assert _case(language, title, lines + f"  {line}\n") == [("noted", True, 0)]


MORE_THAN_NOTING = [
    ("nb", "Tertialrapport 1", "Vedtatt. Enstemmig."),
    ("nb", "Budsjettjustering", "Godkjent. Enstemmig."),
    ("nn", "Tertialrapport 1", "Vedteke. Samrøystes."),
    ("nn", "Budsjettjustering", "Godkjend. Samrøystes."),
]


@pytest.mark.parametrize(("language", "title", "line"), MORE_THAN_NOTING)
def test_an_outcome_line_with_its_unanimity_adopts_unanimously(language, title, line):
    assert _case(language, title, f"  {line}\n") == [("adopted", True, 0)]

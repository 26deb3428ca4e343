"""A case's record that ends with a bare outcome line ("Enstemmig vedtatt", "Samrøystes vedteke") right above
the next case's header: that line closes the record above, it is no heading deciding the case below, whose own
record (a vote count, a result field) opens a line or two under its header ("Votering 1 av 1", "Forslag: ...")."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Kommunestyret – tirsdag 21. april 2026\nVoteringsresultater\n\n",
    "nn": "Kommunestyret – tysdag 21. april 2026\nRøystingsresultat\n\n",
}
ABOVE = {
    "nb": "SAK 18/26 KOMMUNAL PLANSTRATEGI\nVotering 1 av 1\n  Forslag: Kommunedirektørens innstilling\n"
    "  Resultat: Vedtatt        For: 13   Mot: 0\n",
    "nn": "SAK 18/26 KOMMUNAL PLANSTRATEGI\nRøysting 1 av 1\n  Framlegg: Kommunedirektøren si innstilling\n"
    "  Resultat: Vedteke        For: 13   Mot: 0\n",
}
CLOSING = [
    ("nb", "Enstemmig vedtatt"),
    ("nb", "Vedtatt enstemmig"),
    ("nb", "Enstemmig"),
    ("nb", "Innstillingen enstemmig vedtatt"),
    ("nb", "Vedtatt uten merknader"),
    ("nn", "Samrøystes vedteke"),
    ("nn", "Vedteke samrøystes"),
    ("nn", "Samrøystes"),
    ("nn", "Innstillinga samrøystes vedteken"),
    ("nn", "Vedteke utan merknader"),
]
BELOW = {  # the next case: one or two lines of its own record before its vote
    "nb": [
        "SAK 19/26 GRATIS SFO\nVotering 1 av 1\n  Forslag: Fellesforslag fra SV og Ap, fremmet av Siri Lund (SV)\n"
        "  «Kommunen innfører gratis SFO fra august.»\n  Resultat: Falt           For: 6    Mot: 7\n",
        "Sak 19/26 Gratis SFO\nForslag fra Siri Lund (SV):\n«Kommunen innfører gratis SFO.»\n"
        "Forslaget falt med 6 mot 7 stemmer.\n",
        "SAK 19/26 SKOLESTRUKTUR\nVotering\n  Forslag: Formannskapets innstilling\n"
        "  Resultat: Falt           For: 6    Mot: 7\n",
    ],
    "nn": [
        "SAK 19/26 GRATIS SFO\nRøysting 1 av 1\n  Framlegg: Fellesframlegg frå SV og Ap, sett fram av Siri Lund (SV)\n"
        "  «Kommunen innfører gratis SFO frå august.»\n  Resultat: Fall           For: 6    Mot: 7\n",
        "Sak 19/26 Gratis SFO\nFramlegg frå Siri Lund (SV):\n«Kommunen innfører gratis SFO.»\n"
        "Framlegget fall med 6 mot 7 røyster.\n",
        "SAK 19/26 SKULESTRUKTUR\nRøysting\n  Framlegg: Formannskapet si innstilling\n"
        "  Resultat: Fall           For: 6    Mot: 7\n",
    ],
}


@pytest.mark.parametrize(("language", "closing"), CLOSING)
@pytest.mark.parametrize("below", [0, 1, 2])
def test_a_closing_outcome_line_decides_the_case_above_not_the_case_below(language, closing, below):
    text = HEAD[language] + ABOVE[language] + f"  {closing}\n\n" + BELOW[language][below]
    rows = votes(text, language)
    below_rows = [r for r in rows if r.case_number == "19/26"]
    assert [(r.outcome, r.votes_for, r.votes_against) for r in below_rows] == [("rejected", 6, 7)]
    assert {r.outcome for r in rows if r.case_number == "18/26"} == {"adopted"}


LIST_HEADINGS = [
    ("nb", "Følgende sak ble vedtatt uten debatt:", "PS 40/26  Kommunal planstrategi\n", "Øvrige saker\n"),
    ("nb", "Enstemmig vedtatt uten debatt:", "PS 40/26  Avtale om legevakt\n", "Orienteringer\n"),
    ("nn", "Denne saka vart vedteken utan ordskifte:", "PS 40/26  Kommunal planstrategi\n", "Andre saker\n"),
    ("nn", "Samrøystes vedteke:", "PS 40/26  Avtale om legevakt\n", "Orienteringar\n"),
]


@pytest.mark.parametrize(("language", "heading", "item", "after"), LIST_HEADINGS)
def test_a_list_heading_with_a_colon_still_decides_a_lone_item_under_it(language, heading, item, after):
    """Look-alike: a heading that ends with a colon heads a list, also a list of one, and the next case's own
    record a few lines down (under another heading) is not the lone item's."""
    below = (
        "Sak 41/26 Skolestruktur\nVedtatt mot 3 stemmer.\n"
        if language == "nb"
        else ("Sak 41/26 Skulestruktur\nVedteke mot 3 røyster.\n")
    )
    rows = votes(HEAD[language] + f"{heading}\n{item}{after}{below}", language)
    assert ("40/26", "adopted") in [(r.case_number, r.outcome) for r in rows]

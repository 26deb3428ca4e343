"""Family (nb, nn): in a protocol whose lines are wrapped at a fixed width, a case header line as long as the
wrapped lines ("Sak HO-33/26 Status for innføring av digitalt tilsyn (arkivsak 26/330)", "PS 14/26 ...") is no
wrapped line: the decision sentence or the bare outcome on the line under it ("Utvalet tek statusrapporten til
orientering.", "Samrøystes vedteke.", "Vedtatt mot 2 stemmer.") stays the case's decision, not title text.
Look-alikes: a title that wraps on in lower case is one title, and a paragraph line at the width still runs on.
"""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from tests.extract.votes.helpers import vote_cells

HEAD = {
    "nb": (
        "Testby kommune | Hovedutvalg for helse og omsorg | Protokoll\n\n"
        "Utvalg:   Hovedutvalg for helse og omsorg\nMøtedato: 15.09.2026\n"
        "Til stede: Anne Lie (Ap), leder; Per Bøe (Sp); Randi Nes (Sp); Terje Hagen\n"
        "(H); Jorunn Bøen (FrP); Stig Fjell (Sp); Eva Hov (Ap) og Kari Moe (SV).\n\n"
    ),
    "nn": (
        "Testby kommune | Utval for helse og omsorg | Protokoll\n\n"
        "Utval:    Utval for helse og omsorg\nMøtedato: 15.09.2026\n"
        "Frammøtte: Anne Lie (Ap), leiar; Per Bøe (Sp); Randi Nes (Sp); Terje Hagen\n"
        "(H); Jorunn Bøen (FrP); Stig Fjell (Sp); Eva Hov (Ap) og Kari Moe (SV).\n\n"
    ),
}
TAIL = {
    "nb": (
        "\nSak HO-40/26 Eventuelt\nIngen saker ble tatt opp under eventuelt i dette møtet, og møtet ble\n"
        "hevet klokken 15.30 etter at protokollen var lest opp og godkjent av alle.\n"
    ),
    "nn": (
        "\nSak HO-40/26 Eventuelt\nIngen saker vart tekne opp under eventuelt i dette møtet, og møtet vart\n"
        "heva klokka 15.30 etter at protokollen var lesen opp og godkjend av alle.\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "header", "decision", "expected"),
    [
        (
            "nn",
            "Sak HO-33/26 Status for innføring av digitalt tilsyn (arkivsak 26/330)",
            "Utvalet tek statusrapporten til orientering.",
            ("33/26", "noted", None),
        ),
        (
            "nn",
            "Sak HO-36/26 Uttale til statsbudsjettet for 2027 frå utvalet (arkivsak 26/372)",
            "Samrøystes vedteke.",
            ("36/26", "adopted", 0),
        ),
        (
            "nb",
            "Sak HO-21/26 Kjøp av velferdsteknologi til hjemmetjenesten (arkivsak 26/118)",
            "Vedtatt mot 2 stemmer.",
            ("21/26", "adopted", 2),
        ),
        (
            "nb",
            "PS 14/26 Tilstandsrapport for sykehjemmene i kommunen 2025 (arkivsak 26/201)",
            "Hovedutvalget tar tilstandsrapporten til orientering.",
            ("14/26", "noted", None),
        ),
        (
            "nb",
            "Sak HO-22/26 Endring av tildelingskriterier for omsorgsboliger (arkivsak 26/77)",
            "Enstemmig vedtatt.",
            ("22/26", "adopted", 0),
        ),
        (
            "nn",
            "Sak HO-23/26 Godkjenning av innkalling og sakliste for dagens møte i utvalet",
            "Vedteke med 5 mot 2 røyster.",
            ("23/26", "adopted", 2),
        ),
    ],
)
def test_the_line_under_a_case_header_at_the_wrap_width_is_its_decision(language, header, decision, expected):
    text = HEAD[language] + f"{header}\n{decision}\n" + TAIL[language]
    rows = [(case, outcome, against) for case, _, outcome, _, against, _ in vote_cells(text, language)]
    assert rows == [expected]


def test_a_title_wrapping_on_in_lower_case_is_one_title():
    text = (
        HEAD["nb"]
        + (
            "Sak HO-24/26 Reguleringsplan for Nordbyen sentrum med tilhørende gang- og\n"
            "sykkelvei langs fylkesveien\nEnstemmig vedtatt.\n"
        )
        + TAIL["nb"]
    )
    assert [(case, subject) for case, subject, *_ in vote_cells(text, "nb")] == [
        ("24/26", "Reguleringsplan for Nordbyen sentrum med tilhørende gang- og sykkelvei langs fylkesveien")
    ]


def test_a_paragraph_line_at_the_width_still_runs_on():
    text = (
        HEAD["nb"]
        + (
            "Sak HO-25/26 Bemanning i hjemmetjenesten\n"
            "Vedtak: Hovedutvalget ber kommunedirektøren legge fram en sak om bemanningen\n"
            "i hjemmetjenesten før sommeren.\nEnstemmig vedtatt.\n"
        )
        + TAIL["nb"]
    )
    lines = document_from_text(text, language="nb", municipality="Testby").text.splitlines()
    sentence = "Hovedutvalget ber kommunedirektøren legge fram en sak om bemanningen i hjemmetjenesten før sommeren."
    assert f"Vedtak: {sentence}" in lines
    assert "Enstemmig vedtatt." in lines

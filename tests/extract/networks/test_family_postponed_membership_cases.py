"""A membership case whose decision is postponed ('Beslutning: Udsat.', 'Vedtak: Saka vart utsett til neste møte',
'Utsatt.') gives no membership: the body has not joined, as when the case is refused. A case adopted after an
earlier postponement, and a sentence about a municipality exposed to floods ('udsat for'), keep the network. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

POSTPONED = [
    (
        "da",
        "Skive",
        "14. Medlemskab af Energy Cities\nSagsnr.: 00.15.00-A00-4-26\n\nResumé\nForslag om at Skive Kommune melder sig"
        " ind i Energy Cities fra 2027.\n\nBeslutning i Økonomiudvalget den 3. marts 2026\nUdsat.\n",
        "Energy Cities",
    ),
    (
        "da",
        "Tårnby",
        "Punkt 7: Tilslutning til Eurocities\nIndstilling: Direktionen indstiller, at kommunen tilslutter sig"
        " Eurocities.\nBeslutning: Sagen udsættes til næste møde.\n",
        "Eurocities",
    ),
    (
        "nb",
        "Larvik",
        "Sak 31/26 Innmelding i ICLEI\nKommunedirektørens innstilling: Larvik kommune melder seg inn i ICLEI.\n"
        "Formannskapets vedtak: Utsatt.\n",
        "ICLEI",
    ),
    (
        "nn",
        "Fitjar",
        "Sak 12/26 Medlemskap i Energy Cities\nFramlegg til vedtak: Fitjar kommune melder seg inn i Energy Cities.\n"
        "Vedtak: Saka vart utsett til neste møte.\n",
        "Energy Cities",
    ),
    (
        "nb",
        "Moss",
        "Sak 8/26 Medlemskap i Eurocities\nInnstilling: Moss kommune søker medlemskap i Eurocities.\nVedtak: Saken"
        " utsettes.\n",
        "Eurocities",
    ),
]

KEPT = [
    (
        "da",
        "Skive",
        "14. Medlemskab af Energy Cities\nSagen blev udsat i februar.\nIndstilling: Kommunen melder sig ind i Energy"
        " Cities.\nBeslutning: Godkendt.\n",
        "Energy Cities",
    ),
    (
        "da",
        "Tårnby",
        "Kommunen er medlem af Eurocities. Kysten er udsat for stormflod, og netværket deler erfaringer om"
        " klimatilpasning.\n",
        "Eurocities",
    ),
    (
        "nb",
        "Larvik",
        "Larvik kommune er medlem av ICLEI. Saken om kontingent ble utsatt i fjor.\n",
        "ICLEI",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "network"), POSTPONED)
def test_a_postponed_membership_case_gives_no_network(language: str, issuer: str, text: str, network: str) -> None:
    assert network not in networks(text, language, issuer)


@pytest.mark.parametrize(("language", "issuer", "text", "network"), KEPT)
def test_adopted_or_held_memberships_stay(language: str, issuer: str, text: str, network: str) -> None:
    assert network in networks(text, language, issuer)


CONTENTS = (
    "Indholdsfortegnelse\n 14  Medlemskab af Energy Cities ................................ 2\n"
    " 15  Budgetopfølgning ............................................ 3\n\n"
)


@pytest.mark.parametrize(
    ("outcome", "member"),
    [("Udsat.", False), ("Godkendt.", True), ("Indstillingen blev ikke godkendt.", False), ("Anbefales.", True)],
)
def test_a_contents_line_is_judged_by_its_case(outcome: str, member: bool) -> None:
    text = (
        CONTENTS + "14. Medlemskab af Energy Cities\nSagsnr.: 00.15.00-A00-4-26\n\nResumé\nForslag om at Skive Kommune"
        f" melder sig ind i Energy Cities fra 2027.\n\nBeslutning i Økonomiudvalget den 3. marts 2026\n{outcome}\n"
    )
    assert ("Energy Cities" in networks(text, "da", "Skive")) is member

"""Family (nb, nn): a member's request that the case be postponed or sent back, told in the past ("Senterpartiet
ba om at saken ble utsatt til neste møte", "Heidi Lie (Sp) bad om at saka vart sendt attende ..."), with the body
agreeing and the case's outcome on a line of its own ("Saken er utsatt.", "Vedtak: Saka vert sendt attende ...").
The request is a proposal put forward: its own words ("... ble utsatt") decide nothing, and the one row is the
case's postponement, named by the case. Look-alikes: a request for something else ("ba om en orientering") is no
postponement, and an outcome line alone ("Saken ble utsatt.") still postpones the case."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {
    "nb": "Hovedutvalg for oppvekst\nMøtedato: 19.05.2026\n\nSak 17/26 Revidering av ruspolitisk handlingsplan\n",
    "nn": "Formannskapet\nMøtedato: 21.04.2026\n\nFS-sak 25/26  Endring av delegeringsreglementet\n",
}
TITLE = {"nb": "Revidering av ruspolitisk handlingsplan", "nn": "Endring av delegeringsreglementet"}


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "nb",
            "Behandling:\nSenterpartiet ba om at saken ble utsatt til neste møte, slik at\n"
            "ungdomsrådet får uttale seg. Utvalget sluttet seg til dette.\nSaken er utsatt.\n",
        ),
        (
            "nb",
            "Behandling i møtet:\nKari Lie (H) ba om at saken ble sendt tilbake til kommunedirektøren for nye "
            "beregninger. Ingen hadde innvendinger.\nVedtak:\nSaken sendes tilbake til kommunedirektøren.\n",
        ),
        (
            "nb",
            "Ordføreren ba om at saken ble utsatt til september. Hovedutvalget var enig.\nSaken ble utsatt.\n",
        ),
        (
            "nb",
            "Arbeiderpartiet bad om at saken ble trukket fra sakslista. Møtet sluttet seg til det.\n"
            "Vedtak: Saken utsettes.\n",
        ),
        (
            "nb",
            "Per Olsen (FrP) ba om at saken ble returnert til administrasjonen.\nUtvalget var enig i dette.\n\n"
            "Vedtak:\nSaken sendes tilbake til administrasjonen.\n",
        ),
        (
            "nn",
            "Handsaming:\nHeidi Lie (Sp) bad om at saka vart sendt attende for å få med ei vurdering frå\n"
            "kontrollutvalet. Formannskapet var samd i dette.\nVedtak:\nSaka vert sendt attende til "
            "kommunedirektøren.\n",
        ),
        (
            "nn",
            "Senterpartiet bad om at saka vart utsett til neste møte. Utvalet slutta seg til dette.\nSaka er utsett.\n",
        ),
        (
            "nn",
            "Handsaming i møtet:\nOrdføraren bad om at saka vart send attende til administrasjonen. Ingen hadde "
            "merknader.\nVedtak: Saka vert send attende til administrasjonen.\n",
        ),
        (
            "nn",
            "Ola Vik (Ap) ba om at saken vart utsett til juni. Formannskapet var samd.\n\nVedtak:\nSaka vert utsett.\n",
        ),
        (
            "nn",
            "Handsaming:\nKrF bad sjølv om at saka vart sendt attende for ny vurdering.\nFormannskapet slutta seg til "
            "dette.\nSaka er sendt attende.\n",
        ),
    ],
)
def test_a_request_to_postpone_leaves_the_case_postponed_under_its_title(language: str, body: str) -> None:
    assert outcomes(HEAD[language] + body, language) == [("postponed", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Arbeiderpartiet ba om en orientering om saken i neste møte.\n"
            "Vedtak: Innstillingen ble enstemmig vedtatt.\n",
            [("adopted", "Innstillingen")],
        ),
        ("nb", "Vedtak:\nSaken ble utsatt.\n", [("postponed", "Revidering av ruspolitisk handlingsplan")]),
        (
            "nn",
            "Sp bad om ei orientering om saka i neste møte.\nVedtak: Tilrådinga vart samrøystes vedteken.\n",
            [("adopted", "Tilrådinga")],
        ),
        ("nn", "Vedtak:\nSaka vart sendt attende.\n", [("postponed", "Endring av delegeringsreglementet")]),
    ],
)
def test_other_requests_and_bare_postponements_are_unchanged(language: str, body: str, expected: list) -> None:
    assert outcomes(HEAD[language] + body, language) == expected

"""Family: a meeting's proposal or motion withdrawn before the vote ("Trukket av forslagsstiller før votering",
"Ingetrokken vóór de stemming") on a vote tab, a news page or in minutes: a record of the meeting, never an action
cancelled, whatever type the page is filed as. Look-alike: a tracker item whose work was dropped ("Utgår",
"Tiltaket er trukket tilbake fra planen"), or a decision its proposer withdrew later ("trukket av forslagsstiller",
test_family_headed_reports), stays a cancelled action."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

VOTE_TABS = [
    ("nb", "Forslag fra Senterpartiet v/ Kari Dale", "Trukket av forslagsstiller før votering."),
    ("nb", "Tilleggsforslag fra Rødt", "Forslaget ble trukket rett før voteringen."),
    ("nn", "Framlegg frå Venstre v/ Ola Nes", "Framlegget vart trekt før røystinga."),
    ("da", "Ændringsforslag fra Venstre", "Forslaget blev trukket inden afstemningen."),
    ("nl", "Motie 'Meer bankjes in het park' (CDA)", "Ingetrokken voor de stemming."),
    ("nl", "Amendement A2 'Groene daken' (D66)", "Het amendement is vóór de stemming ingetrokken."),
]


@pytest.mark.parametrize(("language", "proposal", "result"), VOTE_TABS)
def test_a_proposal_withdrawn_before_the_vote_is_no_action(language: str, proposal: str, result: str) -> None:
    text = text_of("Voteringer", "", "Votering 1 av 2", "Innstillingen vedtatt 21-6.", "", proposal, result)
    assert rows(text, language) == []


def test_a_dropped_tracker_item_stays_cancelled() -> None:
    text = text_of(
        "Status handlingsplan 2026",
        "",
        "Tiltak 1 Ny gapahuk ved vannet",
        "Status: Fullført.",
        "",
        "Tiltak 2 Felles innkjøp av elsykler",
        "Status: Utgår. Tiltaket er trukket tilbake fra planen.",
    )
    assert [s for _, _, s in rows(text, "nb")] == ["completed", "cancelled"]

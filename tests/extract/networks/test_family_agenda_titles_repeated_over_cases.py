"""Minutes list each case on the agenda and repeat its title over the case ('FS 25/26 Deltaking i Interreg
Aurora-prosjektet ...'): a title repeated so is no running page header, and the programme it names is read. A
short line repeated without a case reference (a page's running header) stays furniture. Texts written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

AGENDA = {
    "nn": ("Grong", "FS 25/26 Deltaking i Interreg Aurora-prosjektet Fjellbygder", "Samrøystes vedteke."),
    "nb": ("Vardø", "PS 12/26 Deltakelse i Interreg Aurora-prosjektet Arktisk havn", "Enstemmig vedtatt."),
    "da": ("Tønder", "Sag 31/26 Deltagelse i Interreg Deutschland-Danmark-projektet Marsk", "Godkendt."),
    "nl": ("Kinrooi", "GR 14/26 Deelname aan het Interreg Vlaanderen-Nederland-project Maasvallei", "Goedgekeurd."),
    "nn2": ("Voss", "K-sak 40/2026 Deltaking i LEADER-prosjektet Fjellgard", "Samrøystes vedteke."),
}


def _minutes(title: str, outcome: str) -> str:
    return f"Saksliste\n{title}\nSak 2/26 Referatsaker\n\n{title}\nSaksutgreiing.\nVedtak:\n{outcome}\n"


@pytest.mark.parametrize("key", sorted(AGENDA))
def test_a_case_title_on_the_agenda_and_over_the_case_is_read(key: str) -> None:
    town, title, outcome = AGENDA[key]
    found = networks(_minutes(title, outcome), key[:2], town)
    assert found & {"Interreg", "LEADER"}


def test_a_running_header_repeated_on_every_page_is_still_furniture() -> None:
    header = "Interreg Aurora nyhetsbrev"
    text = f"{header}\nKommunen har lest nyhetsbrevet.\n\n{header}\nNeste side handler om vær.\n"
    assert "Interreg" not in networks(text, "nb", "Vardø")

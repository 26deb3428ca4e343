"""A note or footnote below a table or list denying that one of its towns is a twin ('* Kiel er ikkje ein
vennskapskommune', '1) Kiel er ikke en vennskapsby') outweighs the twin type the heading gave its row; a note
saying the twinning ended ('ikke længere') keeps the row (ended relations keep the relation they had)."""

from __future__ import annotations

import pytest

DENIED_BY_A_NOTE = [
    (
        "nn",
        "Ørland",
        "Vennskapskommunar\n\nKommune   Land      Sidan\nLuleå     Sverige   1990\nKiel*     Tyskland  2005\n\n"
        "* Kiel er ikkje ein vennskapskommune.",
        "Luleå",
        "Kiel",
    ),
    (
        "nn",
        "Voss",
        "Vennskapsbyar:\n- Sigtuna (1990)\n- Tartu (2001)\n\nMerk: Tartu er ikkje ein vennskapsby.",
        "Sigtuna",
        "Tartu",
    ),
    (
        "nb",
        "Bodø",
        "Vennskapsbyer\n- Luleå (1990)\n- Kiel (2001)\n\n1) Kiel er ikke en vennskapsby; avtalen gjelder "
        "bare skolesamarbeid.",
        "Luleå",
        "Kiel",
    ),
    (
        "nb",
        "Molde",
        "Vennskapsbyer\n\nBy        Land      Fra\nVäxjö     Sverige   1970\nBorken*   Tyskland  1998\n\n"
        "* Borken er ingen vennskapskommune.",
        "Växjö",
        "Borken",
    ),
    (
        "da",
        "Vejle",
        "Venskabsbyer\n\nBy        Land      Siden\nKiel      Tyskland  1990\nTartu 2)  Estland   2001\n\n"
        "2) Tartu er aldrig blevet venskabsby med Vejle.",
        "Kiel",
        "Tartu",
    ),
    (
        "nl",
        "Delft",
        "Zustersteden\n\nStad       Land       Sinds\nKiel       Duitsland  1990\nTartu*     Estland    2001\n\n"
        "* Met Tartu is er geen stedenband.",
        "Kiel",
        "Tartu",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "kept", "denied"), DENIED_BY_A_NOTE)
def test_a_note_denying_a_listed_town_removes_its_twin_row(rows, language, issuer, text, kept, denied):
    found = rows(text, language, issuer)
    assert found[kept][0] == "twin"
    assert denied not in found


ENDED_NOT_DENIED = [
    (
        "da",
        "Haderslev",
        "Venskabsbyer: Kiel (1990), Luleå (2001) og Tartu (1995).\n\n* Tartu er ikke længere venskabsby.",
        "Tartu",
    ),
    ("nb", "Bodø", "Vennskapsbyer\n- Luleå (1990)\n- Kiel (2001)\n\n1) Kiel er ikke lenger vennskapsby.", "Kiel"),
    (
        "nn",
        "Voss",
        "Vennskapsbyar:\n- Sigtuna (1990)\n- Tartu (2001)\n\nMerk: Tartu er ikkje lenger vennskapsby.",
        "Tartu",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "town"), ENDED_NOT_DENIED)
def test_a_note_saying_the_twinning_ended_keeps_the_twin_row(rows, language, issuer, text, town):
    assert rows(text, language, issuer)[town][0] == "twin"

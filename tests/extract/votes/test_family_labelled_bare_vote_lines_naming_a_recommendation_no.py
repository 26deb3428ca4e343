"""A result label, then a named proposal and a bare outcome without an auxiliary ("Votering: Valgnemndas innstilling
enstemmig vedtatt.", "Røysting: Formannskapet si tilråding samrøystes vedteken."): the vote is on the proposal the
line names, as it is with "ble" ("... ble enstemmig vedtatt.") or with counts ("... vedtatt mot 3 stemmer").
Look-alikes: a bare outcome naming nothing ("Votering: Enstemmig vedtatt.") and "Som innstillingen" stay about the
case.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Kommunestyret\nMøtedato: 18.06.2026\n\nPS 46/26 Valg av meddommere 2027-2030\n"


@pytest.mark.parametrize(
    ("language", "line", "subject"),
    [
        ("nb", "Votering: Valgnemndas innstilling enstemmig vedtatt.", "Valgnemndas innstilling"),
        ("nb", "Votering: Kontrollutvalgets innstilling enstemmig vedtatt", "Kontrollutvalgets innstilling"),
        ("nb", "Avstemning: Formannskapets innstilling vedtatt.", "Formannskapets innstilling"),
        ("nb", "Votering: Innstillingen med tilleggspunktet enstemmig vedtatt.", "Innstillingen med tilleggspunktet"),
        ("nn", "Røysting: Formannskapet si tilråding samrøystes vedteken.", "Formannskapet si tilråding"),
        ("nn", "Røysting: Valnemnda si innstilling samrøystes vedteken.", "Valnemnda si innstilling"),
    ],
)
def test_a_labelled_line_naming_a_proposal_votes_on_it(language, line, subject):
    assert outcomes(HEAD + line + "\n", language) == [("adopted", subject)]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Votering: Enstemmig vedtatt."),
        ("nb", "Vedtak: Som innstillingen enstemmig vedtatt."),
        ("nn", "Røysting: Samrøystes vedteke."),
    ],
)
def test_a_labelled_line_naming_nothing_is_about_the_case(language, line):
    assert outcomes(HEAD + line + "\n", language) == [("adopted", "Valg av meddommere 2027-2030")]

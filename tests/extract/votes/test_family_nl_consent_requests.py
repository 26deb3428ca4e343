"""Family: the chair puts a request or 'the proposal' to the council and it agrees (nl, verbatim minutes).

"Het voorstel is om het jaarverslag voor kennisgeving aan te nemen. Geen bezwaar? Dan is aldus besloten."
puts the proposal itself; "Wethouder Smit heeft gevraagd dit punt te verdagen ... De raad gaat akkoord."
reports an alderman's request the council grants. Each is one decision whose outcome follows what was put
(noted, postponed, else adopted). A member's request the chair does not put, or a council that does not
agree, is none. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Pekela – Notulen openbare vergadering gemeenteraad donderdag 12 februari 2026\n\n"


@pytest.mark.parametrize(
    ("turn", "outcome"),
    [
        (
            "De VOORZITTER: Het voorstel is om de evaluatie voor kennisgeving aan te nemen.\n"
            "Geen bezwaar? Dan is aldus besloten.\n",
            "noted",
        ),
        (
            "De VOORZITTER: Wethouder De Vries heeft gevraagd dit punt te verdagen naar de maartvergadering, "
            "omdat het advies nog ontbreekt. De raad gaat akkoord.\n",
            "postponed",
        ),
        (
            "De VOORZITTER: Het college verzoekt het voorstel aan te houden tot na de zomer.\n"
            "De raad gaat daarmee akkoord.\n",
            "postponed",
        ),
        (
            "De VOORZITTER: Het voorstel is om de verordening ongewijzigd vast te stellen. (Instemming.)\n"
            "Dan is aldus besloten.\n",
            "adopted",
        ),
        (
            "De VOORZITTER: De burgemeester vraagt het punt van de agenda te halen, omdat de stukken\n"
            "onvolledig zijn. Niemand heeft bezwaar.\n",
            "postponed",
        ),
    ],
)
def test_a_request_or_proposal_the_council_agrees_to_is_one_decision(turn, outcome):
    text = HEAD + "Agendapunt 8. Zienswijze begroting Veiligheidsregio 2027\n\n" + turn
    (row,) = votes(text, "nl")
    assert (row.case_number, row.outcome, row.meeting_date) == ("8", outcome, "2026-02-12")


def test_a_members_request_the_chair_does_not_put_is_no_decision():
    text = (
        HEAD + "Agendapunt 8. Zienswijze begroting Veiligheidsregio 2027\n\n"
        "De heer BOS (VVD): Wethouder De Vries heeft gevraagd dit punt te verdagen, maar wij besluiten nu.\n"
    )
    assert votes(text, "nl") == []

"""'Øvrige partnere er A og B' on the line right below a sentence about a project that names the issuer's own part in
it ('er inviteret som partner i', 'deltar som prosjektpartner', 'is projectpartner in'): 'the other partners' are that
project's, though the normalised text keeps each sentence that closed its source line on a line of its own. A line
above about a project but not the issuer's part (a project ending, a project only taken part in) names no partners for
the line below, nor does a partner-role sentence about no project."""

from __future__ import annotations

import pytest

BELOW_A_ROLE = [
    (
        "da",
        "Køge",
        "Køge Kommune deltager som projektpartner, hvis Interreg\nNordsøprogrammet bevilger projektet "
        '"Kyst i balance".\nØvrige partnere er Varbergs kommun og Larvik kommune; Region Sjælland\ndeltager som '
        "observatør.",
        {"Varberg": "project_partner", "Larvik": "project_partner"},
    ),
    (
        "nb",
        "Moss",
        "Moss kommune deltar som prosjektpartner i «Grønne havner» under\nInterreg Öresund-Kattegat-Skagerrak.\n"
        "De andre partnerne er Uddevalla kommun og Frederikshavn Kommune.",
        {"Uddevalla": "project_partner", "Frederikshavn": "project_partner"},
    ),
    (
        "nn",
        "Stord",
        "Stord kommune er partnar i søknaden om prosjektet «Kystkultur»\ntil Interreg Nordsjøprogrammet.\n"
        "Dei andre partnarane er Esbjerg og Aberdeen.",
        {"Esbjerg": "project_partner", "Aberdeen": "project_partner"},
    ),
    (
        "nl",
        "Terneuzen",
        "De gemeente Terneuzen is projectpartner in het Interreg-project 'Slimme Havens'.\n"
        "Andere partners zijn Gent en Duinkerke.",
        {"Ghent": "project_partner", "Dunkirk": "project_partner"},
    ),
    (
        "da",
        "Haderslev",
        "Byrådet godkendte, at kommunen deltager som leadpartner i projektet GrønBy 2030!\nPartnerne er Flensburg "
        "og Husum.",
        {"Flensburg": "project_partner", "Husum": "project_partner"},
    ),
    (
        "nl",
        "Venlo",
        "Venlo treedt op als penvoerder van het LIFE-project 'Droge Voeten'.\nOverige partners zijn Kleve en Weeze.",
        {"Kleve": "project_partner", "Weeze": "project_partner"},
    ),
]

NOT_PARTNERS = [
    (  # the project only ended on the line above
        "da",
        "Køge",
        "Projektet GrønKyst sluttede i 2025.\nØvrige partnere er Varberg og Larvik.",
        {},
    ),
    (  # a partner role in no project
        "nb",
        "Moss",
        "Moss er partner i et nettverk for kommunal økonomi.\nDe andre partnerne er Uddevalla og Frederikshavn.",
        {},
    ),
    (  # the line above is about the budget
        "nb",
        "Moss",
        "Kommunestyret behandlet budsjettet for 2027.\nDe andre partnerne er Uddevalla og Frederikshavn.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "municipality", "text", "expected"), BELOW_A_ROLE + NOT_PARTNERS)
def test_other_partners_below_the_issuers_project_role_are_its_partners(rows, language, municipality, text, expected):
    found = {city: relation for city, (relation, _) in rows(text, language, municipality).items()}
    assert found == expected

"""An island country takes 'på' (da/nb/nn) or 'op' (nl) where other countries take 'i'/'in': 'Vágur på Færøyene og
Sisimiut på Grønland', 'Grindavík op IJsland en Esbjerg in Denemarken'. The country after each town does not part
the list, so every town in it shares the cue; a list that only locates a visit stays no partnership."""

from __future__ import annotations

import pytest

LISTED = [
    (
        "nb",
        "Flakstad",
        "Kommunen deltar i Interreg NPA-prosjektet «Kyst og Mat» sammen med Klaksvík på Færøyene og Sisimiut på "
        "Grønland.",
        {"Klaksvík": ("project_partner", None), "Sisimiut": ("project_partner", None)},
    ),
    (
        "da",
        "Samsø",
        'Samsø deltager i Interreg-projektet "Green Islands" sammen med Klaksvík på Færøerne, Kökar på Åland og '
        "Ísafjörður i Island.",
        {
            "Klaksvík": ("project_partner", None),
            "Kökar": ("project_partner", None),
            "Ísafjörður": ("project_partner", None),
        },
    ),
    (
        "nn",
        "Aure",
        "Aure er med i prosjektet «Kystkultur i Nord» saman med Stykkishólmur på Island og Tórshavn på Færøyane.",
        {"Stykkishólmur": ("project_partner", None), "Tórshavn": ("project_partner", None)},
    ),
    (
        "nl",
        "Urk",
        "Urk werkt in het Interreg-project 'North Sea Fish' samen met Grindavík op IJsland en Esbjerg in Denemarken.",
        {"Grindavík": ("project_partner", None), "Esbjerg": ("project_partner", None)},
    ),
    (
        "da",
        "Læsø",
        "Læsø har venskabsbyer i Norden: Kökar på Åland, Hvaler i Norge og Öckerö i Sverige.",
        {"Kökar": ("twin", None), "Hvaler": ("twin", None), "Öckerö": ("twin", None)},
    ),
]

NOT_PARTNERS = [
    (
        "nb",
        "Flakstad",
        "Flakstad besøkte i mai Tórshavn på Færøyene og Sisimiut på Grønland for å se på havner.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LISTED)
def test_towns_on_islands_stay_in_their_list(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_PARTNERS)
def test_a_visit_to_island_towns_is_no_partnership(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected

"""A project or URBACT network 'led by' a town ('ledet av Tampere', 'leia av Esbjerg', 'som ledes af Kiel',
'geleid door de stad Lille', 'onder leiding van Aken') names its lead partner, and a project's partner agreement
('partnerovereenkomst met de stad Breda') names its partners: both are project partners where the sentence or its
heading names a project. The same verbs about a delegation, a meeting or a network's chair name no partner."""

from __future__ import annotations

import pytest

PROJECT_PARTNERS = [
    (
        "nb",
        "Horten",
        "Horten deltar som partner i URBACT-nettverket «Havnebyer i endring» 2026-2028, ledet av Tampere.",
        {"Tampere": ("project_partner", None)},
    ),
    (
        "nn",
        "Ulstein",
        "Ulstein er partnar i Interreg-prosjektet «Havvind Nord», leia av Esbjerg, med ein eigendel på 200 000 kroner.",
        {"Esbjerg": ("project_partner", None)},
    ),
    (
        "da",
        "Sønderborg",
        'Kommunen indgår i Interreg-projektet "Blå Kyst", som ledes af Kiel, og bidrager med 300.000 kr.',
        {"Kiel": ("project_partner", None)},
    ),
    (
        "nl",
        "Menen",
        'Menen neemt deel aan het Interreg-project "Slimme Grenzen", dat wordt geleid door de stad Lille.',
        {"Lille": ("project_partner", None)},
    ),
    (
        "nl",
        "Kerkrade",
        "Kerkrade doet mee aan het project Grenzeloos Zorgen onder leiding van Aken, met steun van Interreg.",
        {"Aachen": ("project_partner", None)},
    ),
    (
        "nl",
        "Baarle-Hertog",
        "Deelname aan het Interreg-project 'Grensbeken'\nHet college ondertekent voor dit project een"
        " partnerovereenkomst met de stad Lier en de gemeente Tilburg.",
        {"Lier": ("project_partner", None), "Tilburg": ("project_partner", None)},
    ),
    (
        "nl",
        "Terneuzen",
        'De gemeenteraad stemt in met de partnerovereenkomst met de stad Gent voor het LEADER-project "Kanaalzone'
        ' Leeft".',
        {"Ghent": ("project_partner", None)},
    ),
]

NO_PARTNERS = [
    (
        "nb",
        "Horten",
        "Delegasjonen til Tampere ble ledet av ordføreren, som møtte byens næringsliv.",
        {},
    ),
    (
        "da",
        "Sønderborg",
        "Mødet i Kiel blev ledet af borgmesteren, og der blev talt om grænsehandel.",
        {},
    ),
    (
        "nl",
        "Menen",
        "Het netwerk Eurocities wordt sinds vorig jaar geleid door de stad Lille.",
        {},
    ),
    (
        "nl",
        "Eersel",
        "Het college sluit een partnerovereenkomst met de gemeente Veldhoven over een gedeelde buitendienst.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PROJECT_PARTNERS)
def test_lead_partners_and_partner_agreements_of_a_project(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NO_PARTNERS)
def test_led_by_without_a_project_names_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected

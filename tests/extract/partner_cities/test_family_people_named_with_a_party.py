"""A person named with a party in brackets ('Kari Solberg (Sp)') in minutes is a person wherever the same name recurs
('etter Kari Solberg', 'spørsmål fra Anna Berg'): a first name that is also a town's is no partner town. A town with its
country code in brackets ('Bad Homburg (DE)', 'Kiruna (SE)') stays a place."""

from __future__ import annotations

import pytest

PEOPLE = [
    (
        "nn",
        "Vågå",
        "Forfall: Kari Solberg (Sp). Vara: Ola Nes (Sp)\n\nSak 24/26 Vennskapsavtale med Rättvik\n"
        "Vågå har vennskapskommune i Rättvik.\nSak 27/26 Nytt medlem i eldrerådet etter Kari Solberg\n",
        {"Rättvik": ("twin", None)},
    ),
    (
        "nb",
        "Harstad",
        "Til stede: Anna Berg (H), Per Dal (Ap)\n\nSak 12/26 Vennskapsbyer\n"
        "Harstad har vennskapsby i Kiruna. Saken ble lagt fram av Anna Berg.\n",
        {"Kiruna": ("twin", None)},
    ),
    (
        "da",
        "Varde",
        "Afbud: Karen Holm (V)\n\nPunkt 7 Venskabsbyer\nVarde har venskabsby i Hude siden 1990.\n"
        "Stedfortræder for Karen Holm er indkaldt.\n",
        {"Hude": ("twin", 1990)},
    ),
    (
        "nl",
        "Ede",
        "Aanwezig: Anna Visser (CDA), Jan Smit (VVD)\n\nPunt 5 Stedenband\n"
        "Ede heeft een stedenband met Lübbecke. Vragen van Anna Visser over de kosten.\n",
        {"Lübbecke": ("twin", None)},
    ),
    (
        "nn",
        "Stryn",
        "Møtande: Marit Sande (KrF)\n\nSak 5/26 Vennskapskommunar\n"
        "Stryn har vennskapskommune i Leikanger og i Kiruna. Marit Sande orienterte om saka.\n",
        {"Kiruna": ("twin", None)},
    ),
]

AGENDAS = [
    (
        "nb",
        "Nord-Fron",
        "MØTEPROTOKOLL\nUtvalg: Kommunestyret\nDato: 12.03.2026\nForfall: Kari Holm (Ap). Vara: Per Lie (Ap)\n\n"
        "SAKLISTE\nPS 10/26  Godkjenning av protokoll\nPS 11/26  Fornyet vennskapsavtale med Mora\n"
        "PS 12/26  Nyvalg til formannskapet etter Kari Holm\n\nPS 11/26  Fornyet vennskapsavtale med Mora\n"
        "Vedtak: Avtalen fornyes.\n",
        {"Mora": ("twin", None)},
    ),
    (
        "nn",
        "Lom",
        "MØTEPROTOKOLL\nForfall: Anna Berg (Sp)\n\nSAKLISTE\nKS-sak 3/26  Fornya vennskapsavtale med Sollefteå\n"
        "KS-sak 4/26  Nytt medlem i eldrerådet etter Anna Berg\n",
        {"Sollefteå": ("twin", None)},
    ),
    (
        "nb",
        "Sel",
        "PROTOKOLL\nForfall: Maria Dahl (H)\n\nSAKSLISTE\nPS 5/26  Vennskapsavtale med Orsa\n"
        "PS 6/26  Spørsmål fra Maria Dahl om skolevei\n",
        {"Orsa": ("twin", None)},
    ),
    (
        "da",
        "Vejen",
        "BESLUTNINGSPROTOKOL\nAfbud: Kari Lund (V)\n\nDAGSORDEN\nPunkt 4  Venskabsbyaftale med Kiruna\n"
        "Punkt 5  Valg til udvalget efter Kari Lund\n",
        {"Kiruna": ("twin", None)},
    ),
    (
        "nn",
        "Vinje",
        "MØTEPROTOKOLL\nForfall: Eva Bø (Ap)\n\nSAKLISTE\nKS-sak 8/26  Vennskapsavtale med Leksand\n"
        "KS-sak 9/26  Val av nytt medlem etter Eva Bø\n",
        {"Leksand": ("twin", None)},
    ),
    (
        "nb",
        "Gran",
        "PROTOKOLL\nForfall: Lina Moss (SV)\n\nSAKSLISTE\nPS 5/26  Vennskapsavtale med Rättvik\n"
        "PS 6/26  Interpellasjon fra Lina Moss om kollektivtrafikk\n",
        {"Rättvik": ("twin", None)},
    ),
]

PLACES = [
    (
        "da",
        "Norddjurs",
        "EU-projekter\nProjekt | Partnere\nHavneliv | Halmstad Kommun (SE), Skagen Havn\n"
        "Norddjurs Kommune er projektpartner i Havneliv sammen med Halmstad Kommun.\n",
        {"Halmstad": ("project_partner", None)},
    ),
    (
        "da",
        "Herning",
        "Venskabsbyer\nHerning har venskabsby i Bad Homburg (DE) og Kiruna (SE).\n",
        {"Bad Homburg vor der Höhe": ("twin", None), "Kiruna": ("twin", None)},
    ),
    (
        "nl",
        "Ede",
        "Stedenbanden\nEde heeft sinds 1990 een stedenband met Sankt Augustin (DE).\n",
        {"Sankt Augustin": ("twin", 1990)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PEOPLE + AGENDAS)
def test_a_person_named_with_a_party_is_no_town(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PLACES)
def test_a_town_with_its_country_code_stays_a_place(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected

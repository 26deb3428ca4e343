"""Issuer family: an agreement or cooperation with another municipality named in the text ("Samenwerkingsovereenkomst
met de gemeente Lierde", "aftale med Rebild Kommune", "avtale mellom Hamar kommune og ...") names the counterpart,
not the issuer; the letterhead ("Stad Geraardsbergen", "GEMEENTE WETTEREN", "PELT") names the issuer. The same
phrase without such a lead ("Gemeente Lierde", "Rebild Kommune" heading the page) still names the issuer. Texts
written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import municipality

COUNTERPARTS = [
    ("nl", "Stad Lokeren\nNotulen gemeenteraad\n\n4. Samenwerkingsovereenkomst met de gemeente Zele over de "
     "brandweerzone.\nDe gemeenteraad keurt de overeenkomst met de stad Hamme goed.\n", "Lokeren"),
    ("nl", "GEMEENTE HEIST-OP-DEN-BERG\nBesluitenlijst gemeenteraad\n\n7. Overeenkomst met de gemeente Putte "
     "over de gedeelde bibliotheek.\nHeist-op-den-Berg betaalt de helft.\n", "Heist-op-den-Berg"),
    ("nl", "Gemeente Venray\nRaadsvoorstel\n\nHet college sluit een convenant met gemeente Horst aan de Maas "
     "en met de gemeente Venlo.\nVenray draagt bij.\n", "Venray"),
    ("da", "Hjørring Kommune\nReferat Økonomiudvalget\n\nSag 5: Aftale med Frederikshavn Kommune om fælles "
     "busdrift.\nAftalen indgås mellem Brønderslev Kommune og Hjørring.\n", "Hjørring"),
    ("nb", "Ringsaker kommune\nMøtebok formannskapet\n\nSak 12/26 Avtale med Hamar kommune om legevakt\n"
     "Avtalen er inngått mellom Stange kommune og Ringsaker.\n", "Ringsaker"),
    ("nn", "Sogndal kommune\nMøtebok\n\nSak 4/26 Samarbeidsavtale med Luster kommune om barnevern\n"
     "Sogndal og Luster samarbeider frå 2027.\n", "Sogndal"),
]


@pytest.mark.parametrize(("language", "text", "expected"), COUNTERPARTS)
def test_a_counterpart_named_after_with_or_between_is_no_issuer(language, text, expected):
    assert municipality(text, language) == expected


LOOK_ALIKES = [
    # the letterhead itself names the issuer, whatever the text's partners
    ("nl", "Gemeente Lierde\nNotulen gemeenteraad\n\nDe raad keurt de begroting goed.\n", "Lierde"),
    ("da", "Rebild Kommune\nReferat\n\nByrådet godkendte budgettet.\n", "Rebild"),
    # a word ending like a lead ("komet") is no lead
    ("nl", "Gemeente Zwolle\nRaadsvoorstel\nDe gemeente Zwolle stelt het plan vast.\n", "Zwolle"),
]


@pytest.mark.parametrize(("language", "text", "expected"), LOOK_ALIKES)
def test_the_issuers_own_phrases_stay_its_name(language, text, expected):
    assert municipality(text, language) == expected


# --- a Flemish letterhead joins the municipality and its welfare body: "Gemeente en OCMW Zele" ---

JOINT_LETTERHEADS = [
    ("Gemeente en OCMW Lier\nMeerjarenplan 2026-2031\n\nHet bestuur wil investeren in scholen.\n", "Lier"),
    ("Stad en OCMW Geel\nBesluitenlijst gemeenteraad\n\n1. Goedkeuring notulen\n", "Geel"),
    ("stad en OCMW Halle\nJaarverslag 2025\n\nDe stad rapporteert over haar doelen.\n", "Halle"),
    ("Gemeente en OCMW Brecht - Strategische nota\n\nDe gemeente kiest drie beleidsdoelstellingen.\n", "Brecht"),
    ("Gemeente en OCMW Zele\nMeerjarenplan 2026-2031 – Strategische nota\n\nHet bestuur wil van Zele een "
     "warme gemeente maken.\n", "Zele"),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_LETTERHEADS)
def test_a_joint_letterhead_of_municipality_and_ocmw_names_the_issuer(text, expected):
    assert municipality(text, "nl") == expected


def test_the_ocmw_as_a_body_of_its_own_names_no_other_issuer():
    text = "Gemeente Lochristi\nNotulen gemeenteraad\n\nHet OCMW Gent levert de maaltijden.\n"
    assert municipality(text, "nl") == "Lochristi"

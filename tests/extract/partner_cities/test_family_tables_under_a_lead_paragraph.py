"""A partner table under a cue heading, with a lead paragraph between them and a column header and ruler over its
rows ('Kommune   Land   Sidan' / '------'): the header and ruler are the table's drawing, not a section heading
without a cue, so the rows take the heading's relation. A table under a heading that names no relation stays
undecided; a site's path ('Heim > Kultur > Vennskapsbyer') names no town."""

from __future__ import annotations

import pytest

TABLES = [
    (
        "nn",
        "Voss",
        "Vennskapskommunar\n\nVoss har i lang tid hatt venner i Norden. Samarbeidet gjeld skule og kultur.\n\n"
        "  Kommune          Land       Sidan     Merknad\n  ---------------------------------------------\n"
        "  Vadstena         Sverige    1968      Avtalen fornya 2015\n  Loimaa           Finland    1968      -\n",
        {"Vadstena": ("twin", 1968), "Loimaa": ("twin", 1968)},
    ),
    (
        "nb",
        "Kongsberg",
        "VENNSKAPSBYER\n\nKongsberg har avtaler med tre byer i Norden.\n\n"
        "  By              Land        Avtale fra   Status\n  --------------  ----------  -----------  --------\n"
        "  Mariestad       Sverige     1948         Aktiv\n  Hamina          Finland     1951         Aktiv\n"
        "  Ringsted        Danmark     1952         Lite aktivitet\n",
        {"Mariestad": ("twin", 1948), "Hamina": ("twin", 1951), "Ringsted": ("twin", 1952)},
    ),
    (
        "da",
        "Skive",
        "Venskabsbyer\n\nSkive Kommune har venskabsbyer i hele Norden, og skolerne udveksler elever.\n\n"
        "By            Land       Siden    Bemærkning\n=============================================\n"
        "Lidköping     Sverige    1949     Fornyet 2012\nLaholm        Sverige    1962     -\n",
        {"Lidköping": ("twin", 1949), "Laholm": ("twin", 1962)},
    ),
    (
        "nl",
        "Zwijndrecht",
        "Stedenbanden\n\nDe gemeente onderhoudt al decennia banden met steden in Europa.\n\n"
        "Stad          Land          Sinds   Opmerking\n------------  ------------  ------  ----------\n"
        "Vyškov        Tsjechië      1994    actief\nSopot         Polen         2001    slapend\n",
        {"Vyškov": ("twin", 1994), "Sopot": ("twin", 2001)},
    ),
    (
        "nb",
        "Harstad",
        "Vennskapsbyer\nHarstad samarbeider med byer i fire land. Avtalene fornyes hvert tiende år.\n"
        "By\tLand\tSiden\tKontakt\n----\t----\t----\t----\nSundsvall\tSverige\t1959\tKultur\n"
        "Haparanda\tSverige\t1981\tSkole\n",
        {"Sundsvall": ("twin", 1959), "Haparanda": ("twin", 1981)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), TABLES)
def test_rows_under_header_and_ruler_take_the_headings_relation(rows, language, town, text, expected):
    got = rows(text, language, town)
    assert {c: got.get(c) for c in expected} == expected


NOT_PARTNERS = [
    (
        "nb",
        "Kongsberg",
        "Vennskapsbyer\n\nKongsberg har vennskapsbyer i Norden.\n\nReiser i 2025\n\n"
        "  Sted            Land        År     Formål\n  --------------  ----------  -----  --------\n"
        "  Tallinn         Estland     2025   Studietur\n  Riga            Latvia      2025   Konferanse\n",
        ("Tallinn", "Riga"),
    ),
    (
        "nn",
        "Voss",
        "Heim > Kultur og fritid > Vennskapskommunar\n\nVENNSKAPSKOMMUNAR\n\nVoss har vennskapskommunar i Norden.\n",
        ("Heim",),
    ),
    (
        "nl",
        "Zwijndrecht",
        "Home › Bestuur › Stedenbanden\n\nStedenbanden\n\nZwijndrecht heeft een stedenband met Vyškov.\n",
        ("Home",),
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "absent"), NOT_PARTNERS)
def test_no_partner_from_a_table_under_another_heading_or_a_site_path(rows, language, town, text, absent):
    got = rows(text, language, town)
    assert not set(absent) & set(got)

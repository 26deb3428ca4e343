"""A plan's or report's themes as upper-case headings numbered by a letter after a theme word, the letter and
the name parted only by spaces ("LIJN A  VEILIG EN GEZOND NAAR SCHOOL", "INDSATSOMRÅDE B  GRØN OMSTILLING"):
each heading's name is a theme, as written. A letter that is a word of the title ("Bijlage A Kaart"), a single
such heading, or letters under a word that names no theme give none. Documents written for these tests."""

from __future__ import annotations

import pytest

HEADED = [
    (
        "nl",
        "Voortgangsrapportage Uitvoeringsprogramma Verkeer 2026\n"
        "Het programma werkt de verkeersvisie uit in drie lijnen.\n\n"
        "LIJN A  VEILIG NAAR SCHOOL\n"
        "A1  Schoolstraat Kerkweg\n    Afgerond in de zomer.\n"
        "LIJN B  DE FIETS VOOROP\n"
        "B1  Fietspad Dorpsstraat\n    Loopt.\n"
        "LIJN C  BEREIKBARE DORPEN\n"
        "C1  Buurtbus Oost\n    Nog niet gestart.\n",
        ["VEILIG NAAR SCHOOL", "DE FIETS VOOROP", "BEREIKBARE DORPEN"],
    ),
    (
        "da",
        "Klimastrategi 2026-2030\n"
        "Strategien samler kommunens indsats.\n\n"
        "INDSATSOMRÅDE A  ENERGI I BYGNINGER\n"
        "Kommunen renoverer sine egne bygninger først.\n\n"
        "INDSATSOMRÅDE B  GRØN TRANSPORT\n"
        "Flere skal cykle og tage bussen.\n\n"
        "INDSATSOMRÅDE C  NATUR OG VAND\n"
        "Vi genopretter vådområder langs åen.\n",
        ["ENERGI I BYGNINGER", "GRØN TRANSPORT", "NATUR OG VAND"],
    ),
    (
        "nb",
        "Kommuneplanens samfunnsdel 2026-2038\n\n"
        "SATSINGSOMRÅDE A  LEVENDE SENTRUM\n"
        "Sentrum skal være et godt sted å bo.\n\n"
        "SATSINGSOMRÅDE B  TRYGGE OPPVEKSTVILKÅR\n"
        "Barn og unge skal ha gode skoler.\n",
        ["LEVENDE SENTRUM", "TRYGGE OPPVEKSTVILKÅR"],
    ),
    (
        "nn",
        "Næringsplan 2026-2030\n\n"
        "INNSATSOMRÅDE A  REISELIV\n"
        "Vi vil ha fleire overnattingar.\n\n"
        "INNSATSOMRÅDE B  HAVBRUK OG FISKERI\n"
        "Kaiane skal rustast opp.\n\n"
        "INNSATSOMRÅDE C  NYE ARBEIDSPLASSAR\n"
        "Gründerar får rettleiing.\n",
        ["REISELIV", "HAVBRUK OG FISKERI", "NYE ARBEIDSPLASSAR"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), HEADED)
def test_letter_numbered_capital_headings_name_the_themes(labels, language, text, expected):
    assert labels(text, language) == expected


def test_appendix_letters_name_no_theme(labels):
    text = (
        "Uitvoeringsprogramma Groen 2026\n\n"
        "BIJLAGE A  KAART VAN DE GROENE ZONES\n"
        "BIJLAGE B  LIJST VAN BOMEN\n"
        "BIJLAGE C  BEGROTING\n"
    )
    assert labels(text, "nl") == []


def test_a_single_letter_heading_is_no_list(labels):
    text = "Voortgangsrapportage Verkeer 2026\n\nLIJN A  VEILIG NAAR SCHOOL\nA1  Schoolstraat Kerkweg\n    Afgerond.\n"
    assert labels(text, "nl") == []

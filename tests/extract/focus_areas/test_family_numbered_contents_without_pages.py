"""A table of contents without page numbers ("1. Aanleiding" / "2. ..." / "3. Onze speerpunten" / "4. Partners"): the
cue entry announces its own chapter, and the entries after it, numbered on from it, are the document's other
chapters, never its themes. The themes are read in the chapter itself. A numbered cue heading whose own sub-items
follow it (3.1, 3.2, or a list) is read as before. Texts written for these tests."""

from __future__ import annotations

import pytest

CONTENTS = {
    "nl": (
        "Internationaal beleid 2026-2030\n\nInhoud\n1. Inleiding\n2. Terugblik\n3. Onze speerpunten\n4. Partners\n"
        "5. Uitvoering en middelen\n\n1. Inleiding\nDe gemeente ligt aan de grens en werkt veel samen met de buren.\n\n"
        "2. Terugblik\nHet vorige beleid liep af in 2025 en is geëvalueerd door de raad.\n\n"
        "3. Onze speerpunten\nDe raad kiest drie speerpunten:\n- Onderwijs over de grens\n- Zorg in de regio\n"
        "- Toerisme langs de rivier\n\n4. Partners\nWe werken met twee buurgemeenten.\n\n5. Uitvoering en middelen\n"
        "Er is jaarlijks geld beschikbaar.\n",
        ["Onderwijs over de grens", "Zorg in de regio", "Toerisme langs de rivier"],
    ),
    "da": (
        "Klimastrategi 2026-2030\n\nIndhold\n1. Indledning\n2. Vores indsatsområder\n3. Partnerskaber\n"
        "4. Borgerinddragelse\n\n"
        "1. Indledning\nStrategien afløser den tidligere plan fra 2020 og gælder hele kommunen.\n\n"
        "2. Vores indsatsområder\nStrategien har tre indsatsområder:\n- Grøn transport\n- Energi i bygninger\n"
        "- Natur og vand\n\n3. Partnerskaber\nVi samarbejder med forsyningen.\n\n4. Borgerinddragelse\n"
        "Borgerne inviteres.\n",
        ["Grøn transport", "Energi i bygninger", "Natur og vand"],
    ),
    "nb": (
        "Kommuneplanens samfunnsdel 2026-2038\n\nInnhold\n1. Innledning\n2. Satsingsområder\n3. Regionalt samarbeid\n"
        "4. Medvirkning\n\n"
        "1. Innledning\nPlanen viser hvor kommunen vil gå de neste tolv årene.\n\n"
        "2. Satsingsområder\nPlanen har fire satsingsområder:\n- Levende sentrum\n- Trygg oppvekst\n- Grønn næring\n"
        "- God helse\n\n3. Regionalt samarbeid\nVi samarbeider med nabokommunene.\n\n4. Medvirkning\n"
        "Innbyggerne ble hørt.\n",
        ["Levende sentrum", "Trygg oppvekst", "Grønn næring", "God helse"],
    ),
    "nn": (
        "Strategi for kultur 2026-2030\n\nInnhald\n1. Innleiing\n2. Satsingsområda våre\n3. Samarbeidspartnarar\n"
        "4. Frivillig sektor\n\n"
        "1. Innleiing\nStrategien skal gjere kulturlivet sterkare i heile kommunen.\n\n"
        "2. Satsingsområda våre\nStrategien har tre satsingsområde:\n- Kulturskule for alle\n- Lag og foreiningar\n"
        "- Kulturarv\n\n3. Samarbeidspartnarar\nVi samarbeider med fylket.\n\n4. Frivillig sektor\nLaga er viktige.\n",
        ["Kulturskule for alle", "Lag og foreiningar", "Kulturarv"],
    ),
    "nl-other": (
        "Sportakkoord 2026\n\nInhoudsopgave\n1. Aanleiding\n2. Vier speerpunten\n3. Samenwerking met clubs\n"
        "4. Communicatie\n\n1. Aanleiding\n"
        "Sportverenigingen en gemeente maakten samen dit akkoord voor de komende jaren.\n\n2. Vier speerpunten\n"
        "- Sport in de wijk\n- Gezonde jeugd\n- Sterke clubs\n- Toegankelijke accommodaties\n\n"
        "3. Samenwerking met clubs\n"
        "Een werkgroep voert het akkoord uit.\n\n4. Communicatie\nWe melden de voortgang.\n",
        ["Sport in de wijk", "Gezonde jeugd", "Sterke clubs", "Toegankelijke accommodaties"],
    ),
}


@pytest.mark.parametrize("case", CONTENTS)
def test_a_numbered_cue_entry_in_contents_points_to_its_chapters_own_list(labels, case):
    text, themes = CONTENTS[case]
    assert labels(text, case.split("-")[0]) == themes


def test_the_chapters_after_a_numbered_cue_entry_are_no_themes(labels):
    # only the contents name the cue: nothing in the body lists the themes, so nothing is read
    text = (
        "Internationaal beleid 2026-2030\n\nInhoud\n1. Inleiding\n2. Onze speerpunten\n3. Partners\n"
        "4. Grensoverschrijdende contacten\n\n1. Inleiding\n"
        "De gemeente werkt veel samen met haar buren over de grens heen.\n"
    )
    assert labels(text, "nl") == []


def test_a_numbered_cue_heading_with_its_own_numbered_subheadings_is_read(labels):
    text = (
        "Klimaplan 2026-2030\n\n3. Fire indsatsområder\n3.1 Grøn transport\nBusser og cykler.\n"
        "3.2 Energi i bygninger\nIsolering.\n3.3 Natur og vand\nSkov.\n3.4 Affald\nSortering.\n\n4. Økonomi\nMidler.\n"
    )
    assert labels(text, "da") == ["Grøn transport", "Energi i bygninger", "Natur og vand", "Affald"]

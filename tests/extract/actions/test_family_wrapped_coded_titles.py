"""Family: a coded item heading whose title a PDF wrapped onto the next line ("Tiltak 1.3 Innføre
fossilfrie" / "byggeplasser" / "Status: Pågår"): the lower-case line of a few words is the rest of
the title, for every item of the list, not its report. Look-alikes: a lower-case field line, a report
after a title that ended its sentence, a list item and a report sentence opening on a capital stay
apart from the title. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

WRAPPED = [
    (
        "nb",
        text_of(
            "Tiltak 1.2 Etablere ladepunkter ved",
            "kommunale bygg",
            "Status: Pågår",
            "Ansvar: Teknisk etat",
            "",
            "Tiltak 1.3 Innføre fossilfrie",
            "byggeplasser",
            "Status: Pågår",
            "Ansvar: Eiendom",
        ),
        [
            ("1.2", "Etablere ladepunkter ved kommunale bygg", "in_progress"),
            ("1.3", "Innføre fossilfrie byggeplasser", "in_progress"),
        ],
    ),
    (
        "nb",
        text_of(
            "Handlingsplan klima - status",
            "",
            "Tiltak 4 Utskifting av kommunens",
            "dieselbiler",
            "Status: Fullført",
            "",
            "Tiltak 5 Energisparing i sykehjem",
            "og skoler",
            "Status: Ikke startet",
        ),
        [
            ("4", "Utskifting av kommunens dieselbiler", "completed"),
            ("5", "Energisparing i sykehjem og skoler", "not_started"),
        ],
    ),
    (
        "nn",
        text_of(
            "Tiltak 2.1 Trygg skuleveg til Nordbygda",
            "Status: Pågår",
            "",
            "Tiltak 2.2 Ny gang- og sykkelveg langs fylkesvegen",
            "mot sentrum",
            "Status: Fullført",
        ),
        [
            ("2.1", "Trygg skuleveg til Nordbygda", "in_progress"),
            ("2.2", "Ny gang- og sykkelveg langs fylkesvegen mot sentrum", "completed"),
        ],
    ),
    (
        "nl",
        text_of(
            "Maatregel 2.1 Zonnepanelen op gemeentelijke",
            "sportaccommodaties",
            "Status: loopt",
            "",
            "Maatregel 2.2 Groene schoolpleinen",
            "Status: afgerond",
        ),
        [
            ("2.1", "Zonnepanelen op gemeentelijke sportaccommodaties", "in_progress"),
            ("2.2", "Groene schoolpleinen", "completed"),
        ],
    ),
    (
        "nl",
        text_of(
            "Actie 7 Aanleg van een snelfietsroute",
            "Status: in uitvoering",
            "",
            "Actie 8 Verduurzaming van maatschappelijk",
            "vastgoed",
            "Trekker: team Vastgoed",
            "Status: gereed",
        ),
        [
            ("7", "Aanleg van een snelfietsroute", "in_progress"),
            ("8", "Verduurzaming van maatschappelijk vastgoed", "completed"),
        ],
    ),
    (
        "da",
        text_of(
            "Indsats 3.4 Flere cykelstier i",
            "landdistrikterne",
            "Status: I gang",
            "",
            "Indsats 3.5 Grønne tage på kommunale",
            "institutioner",
            "Status: Afsluttet",
        ),
        [
            ("3.4", "Flere cykelstier i landdistrikterne", "in_progress"),
            ("3.5", "Grønne tage på kommunale institutioner", "completed"),
        ],
    ),
    (
        "da",
        text_of(
            "Handling 1 Ny legeplads",
            "Status: Gennemført",
            "",
            "Handling 2 Renovering af biblioteket og",
            "borgerservice",
            "Status: Udsat",
        ),
        [("1", "Ny legeplads", "completed"), ("2", "Renovering af biblioteket og borgerservice", "paused")],
    ),
]

LOOK_ALIKES = [
    (  # a report sentence on a capital after the title is the report, not the title
        "nb",
        text_of(
            "Tiltak 1.3 Innføre fossilfrie byggeplasser",
            "Arbeidet er i gang.",
            "",
            "Tiltak 1.4 Ny sykkelparkering",
            "Status: Ikke startet",
        ),
        [("1.3", "Innføre fossilfrie byggeplasser", "in_progress"), ("1.4", "Ny sykkelparkering", "not_started")],
    ),
    (  # the title ended its sentence: the lower-case line continues the report
        "nl",
        text_of(
            "Maatregel 3 Groene daken. Het werk loopt nog tot",
            "het voorjaar",
            "",
            "Maatregel 4 Regentonnen",
            "Status: afgerond",
        ),
        [("3", "Groene daken", "in_progress"), ("4", "Regentonnen", "completed")],
    ),
    (  # a lower-case field label under the heading is a field
        "da",
        text_of("Indsats 2 Grønne tage", "status: afsluttet", "", "Indsats 3 Flere træer", "status: i gang"),
        [("2", "Grønne tage", "completed"), ("3", "Flere træer", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), WRAPPED + LOOK_ALIKES)
def test_a_wrapped_title_is_joined_to_its_coded_heading(language: str, text: str, expected: list) -> None:
    assert rows(text, language) == expected

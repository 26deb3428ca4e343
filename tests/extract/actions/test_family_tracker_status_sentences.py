"""One-item trackers whose status is only in the sentences under a dated status label, an update
field or an empty status field (snippets written for these tests); a status label run onto the
heading when a short page was unwrapped is split off again, and a title keeps no "– status:" tail."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TRACKERS = [
    (
        "da",
        "Byrådsbeslutning 2024-12 Ny skatepark i Vestparken\nStatus pr. 1. maj 2024\n"
        "Skateparken er under anlæg, og den forventes indviet i august.",
        ("2024-12", "Ny skatepark i Vestparken", "in_progress"),
    ),
    (
        "da",
        "Sag 24/233 Flere bænke i bymidten\nStatus: Se bemærkning\n"
        "Bemærkning: Bænkene blev opsat i april, og sagen er afsluttet.",
        ("24/233", "Flere bænke i bymidten", "completed"),
    ),
    (
        "da",
        "Beslutning 2024-31 Hundeskov ved søen\nStatus: I gang\nOpdatering: Forslaget er trukket af forslagsstilleren.",
        ("2024-31", "Hundeskov ved søen", "cancelled"),
    ),
    (
        "nb",
        "Vedtak 17/2024 Gratis leie av gymsaler for lag\nStatus: –\nKommentar: Ordningen er ennå ikke startet.",
        ("17/2024", "Gratis leie av gymsaler for lag", "not_started"),
    ),
    (
        "nb",
        "Vedtak 22/2024 Ny gapahuk ved tjernet\nStatus per 1. mai 2024\n"
        "Gapahuken er under bygging og forventes tatt i bruk i juni.",
        ("22/2024", "Ny gapahuk ved tjernet", "in_progress"),
    ),
    (
        "nn",
        "Sak 33/24 Ny bru over elva\nStatus per 1. mai 2024: Brua er under bygging og vert opna til hausten.",
        ("33/24", "Ny bru over elva", "in_progress"),
    ),
    (
        "nn",
        "Verbalframlegg 5 – Fleire benkar langs turvegen\nStatus: Open\n"
        "Oppdatering: Benkane vart sette opp i mai. Framlegget er dermed gjennomført.",
        ("5", "Fleire benkar langs turvegen", "completed"),
    ),
    (
        "nl",
        "Toezegging TZ-101 Informatieavond over windmolens\nStand van zaken per 1 juni 2024\n"
        "De informatieavond is gehouden op 12 maart. De toezegging is daarmee afgedaan.",
        ("TZ-101", "Informatieavond over windmolens", "completed"),
    ),
    (
        "nl",
        "Motie M2024-40 Nieuwe speeltuin in het park\nStatus: In behandeling\n"
        "Update: De speeltuin is in aanleg en wordt naar verwachting in september geopend.",
        ("M2024-40", "Nieuwe speeltuin in het park", "in_progress"),
    ),
]

TAILS = [
    (
        "nb",
        "Ny skatepark i sentrum – status: i gang\nProsjektet følger planen.",
        (None, "Ny skatepark i sentrum", "in_progress"),
    ),
    ("da", "Ny hundeskov ved søen – status: gennemført", (None, "Ny hundeskov ved søen", "completed")),
    ("nl", "Nieuwe speeltuin in het park – status: afgerond", (None, "Nieuwe speeltuin in het park", "completed")),
]


@pytest.mark.parametrize(("language", "text", "expected"), TRACKERS)
def test_the_status_sentence_under_a_dated_label_or_update_field_is_read(language, text, expected):
    assert rows(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), TAILS)
def test_a_status_tail_is_not_part_of_the_title(language, text, expected):
    assert rows(text, language) == [expected]


def test_a_status_label_run_onto_the_heading_is_split_off():
    text = "Vedtak 40/2024 Ny lysløype rundt vatnet Status pr. 1. juni 2024\nLysløypa vart opna i mars og er i bruk."
    assert rows(text, "nn") == [("40/2024", "Ny lysløype rundt vatnet", "completed")]


def test_a_heading_that_only_mentions_status_in_lower_case_is_not_split():
    text = "Rapport om status for arbeidet\n- Tiltak 1.1 Ny nettside – gjennomført"
    assert rows(text, "nb") == [("1.1", "Ny nettside", "completed")]

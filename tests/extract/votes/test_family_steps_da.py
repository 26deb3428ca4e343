"""Danish committee steps: several items per meeting, each passing committees before the council decides.

Each step is a row for that committee with its own date (and item number when it gives one); the item
header's number, title and archive number belong to every row inside the item and never to the next.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = "Byrådet - Referat\n\nMødedato: 26-03-2024\nMødested: Byrådssalen\n\n"


def _rows(text: str) -> list[tuple]:
    return [(r.body, r.meeting_date, r.case_number, r.outcome, r.subject) for r in votes(MEETING + text, "da")]


@pytest.mark.parametrize(
    ("step", "body", "date", "outcome"),
    [
        ("Beslutning i Økonomiudvalget den 12-03-2024:\nAnbefales.", "Økonomiudvalget", "2024-03-12", "adopted"),
        ("Økonomiudvalget 12-03-2024: Indstilles godkendt.", "Økonomiudvalget", "2024-03-12", "adopted"),
        (
            "Beslutning i Teknik- og Miljøudvalget den 5. marts 2024\nGodkendt uden afstemning.",
            "Teknik- og Miljøudvalget",
            "2024-03-05",
            "adopted",
        ),
        (
            "Børne- og Skoleudvalget, 4. marts 2024, pkt. 17:\nOversendes til Byrådet.",
            "Børne- og Skoleudvalget",
            "2024-03-04",
            "adopted",
        ),
        (
            "Behandlet i Social- og Sundhedsudvalget den 06.03.2024:\nTaget til efterretning.",
            "Social- og Sundhedsudvalget",
            "2024-03-06",
            "noted",
        ),
        (
            "Kultur- og Fritidsudvalget den 07-03-24: Anbefales godkendt.",
            "Kultur- og Fritidsudvalget",
            "2024-03-07",
            "adopted",
        ),
    ],
)
def test_a_committee_step_is_a_row_with_its_own_body_and_date_and_the_items_title(step, body, date, outcome):
    rows = _rows(f"45. Lokalplan 1.120 for boliger ved Skovvej\n\nSagsnr. 23/14567\n\n{step}\n")
    assert (rows[0][0], rows[0][1], rows[0][3]) == (body, date, outcome)
    assert rows[0][2] in ("45", "17")  # the item's number, or the committee's own item number when written
    assert rows[0][4] == "Lokalplan 1.120 for boliger ved Skovvej"


@pytest.mark.parametrize(
    ("step", "body", "date"),
    [
        ("Økonomi, Plan og Erhverv, 13. januar 2020, pkt. 5:\nAnbefales.", "Økonomi, Plan og Erhverv", "2020-01-13"),
        ("Beslutning Børn og Unge den 12-03-2024\nGodkendt.", "Børn og Unge", "2024-03-12"),
        ("Beslutning i Social og Sundhed den 6. januar 2020:\nAnbefales.", "Social og Sundhed", "2020-01-06"),
        ("Teknik og Miljø, 7. januar 2020, pkt. 3:\nIndstilles godkendt.", "Teknik og Miljø", "2020-01-07"),
        ("Behandling i Kultur & Fritid den 08.01.2020:\nAnbefales.", "Kultur & Fritid", "2020-01-08"),
    ],
)
def test_committees_named_without_udvalg_are_steps_when_the_line_is_shaped_as_one(step, body, date):
    rows = _rows(f"302. Planstrategi 2020\n\n{step}\n")
    assert [(b, d, o, s) for b, d, _, o, s in rows] == [(body, date, "adopted", "Planstrategi 2020")]


def test_every_step_of_an_item_and_the_councils_decision_are_rows_of_that_item():
    rows = _rows(
        "45. Lokalplan for boliger ved Skovvej\n\nIndstilling\nDirektionen indstiller, at lokalplanen vedtages.\n\n"
        "Beslutning i Teknik- og Miljøudvalget den 05-03-2024:\nAnbefales.\n\n"
        "Beslutning i Økonomiudvalget den 12-03-2024:\nIndstilles godkendt.\n\n"
        "Beslutning i Byrådet den 26-03-2024:\nGodkendt.\n\n"
        "46. Salg af grund ved havnen\n\nBeslutning\nGodkendt.\n"
    )
    assert [(b, d, c, o) for b, d, c, o, _ in rows] == [
        ("Teknik- og Miljøudvalget", "2024-03-05", "45", "adopted"),
        ("Økonomiudvalget", "2024-03-12", "45", "adopted"),
        ("Byrådet", "2024-03-26", "45", "adopted"),
        ("Byrådet", "2024-03-26", "46", "adopted"),  # the next item is the meeting's own again
    ]


def test_a_one_line_step_ends_at_its_line_and_the_decision_below_is_the_meetings():
    rows = _rows(
        "46. Orientering om budgetopfølgning\n\nØkonomiudvalget 12-03-2024: Oversendes til Byrådet.\n\n"
        "Beslutning\nTaget til efterretning.\n"
    )
    assert [(b, d, o) for b, d, _, o, _ in rows] == [
        ("Økonomiudvalget", "2024-03-12", "adopted"),
        ("Byrådet", "2024-03-26", "noted"),
    ]


@pytest.mark.parametrize(
    "archive_line",
    ["Sagsnr. 20/12345", "Sagsnr.: 20/12345", "Acadre 24/1234", "J.nr. 01.02.03-P20-1-24", "Sagsid.: 22/32061"],
)
def test_an_archive_number_is_no_case_number(archive_line):
    (row,) = votes(MEETING + f"12. Skema A for almene boliger\n\n{archive_line}\n\nBeslutning\nGodkendt.\n", "da")
    assert row.case_number == "12"
    assert row.archive_case and row.archive_case != row.case_number


def test_an_archive_number_never_leaks_into_another_meetings_item_of_the_same_number():
    rows = votes(
        "Økonomiudvalget - 12-03-2024\n\n1. Godkendelse af dagsorden\n\nSagsnr.: 24/100\n\nBeslutning\nGodkendt.\n\n"
        "Teknik- og Miljøudvalget - 14-03-2024\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n",
        "da",
    )
    assert [(r.body, r.case_number, r.archive_case) for r in rows] == [
        ("Økonomiudvalget", "1", "24/100"),
        ("Teknik- og Miljøudvalget", "1", None),
    ]


def test_numbered_recommendation_points_are_not_item_headers():
    rows = _rows(
        "2. Budgetopfølgning pr. 31. januar\n\nIndstilling\nDirektionen indstiller, at\n"
        "1. Budgetopfølgningen godkendes\n2. Der gives tillægsbevilling på 2 mio. kr\n\nBeslutning\nAnbefales.\n"
    )
    assert [(c, s) for _, _, c, _, s in rows] == [("2", "Budgetopfølgning pr. 31. januar")]


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("Anbefales ikke.", "rejected"),
        ("Kan ikke anbefales.", "rejected"),
        ("Anbefales over for Byrådet.", "adopted"),
        ("Enstemmigt.", "adopted"),
        ("Indstilles godkendt med den ændring, at rammen hæves.", "adopted"),
    ],
)
def test_a_committees_recommendation_for_or_against(decision, outcome):
    rows = _rows(f"12. Ny skolestruktur\n\nBeslutning i Økonomiudvalget den 12-03-2024:\n{decision}\n")
    assert [(b, o, s) for b, _, _, o, s in rows] == [("Økonomiudvalget", outcome, "Ny skolestruktur")]


def test_steps_approving_a_recommendation_for_information_take_it_for_information():
    rows = _rows(
        "12. Orientering om skolestruktur\n\nIndstilling\n"
        "Direktionen indstiller, at orienteringen tages til efterretning.\n\n"
        "Beslutning i Børne- og Skoleudvalget den 12-03-2024:\nGodkendt.\n\n"
        "Beslutning i Byrådet den 26-03-2024:\nGodkendt.\n"
    )
    assert [(b, o) for b, _, _, o, _ in rows] == [("Børne- og Skoleudvalget", "noted"), ("Byrådet", "noted")]


def test_the_first_item_after_a_label_line_is_still_an_item_header():
    rows = votes(
        "Økonomiudvalget - 12-03-2024\n\nHent som fil:\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n", "da"
    )
    assert [(r.case_number, r.subject) for r in rows] == [("1", "Godkendelse af dagsorden")]


@pytest.mark.parametrize(
    "named",
    [
        "Høring\nÆldrerådet\nHandicaprådet",
        "Sagen afgøres af\nByrådet",
        "Høringssvar fra\nSkolebestyrelsen",
        "Kompetence\nØkonomiudvalget",
        "Høring\nIntegrationsrådet",
    ],
)
def test_a_body_named_alone_inside_an_item_is_no_step(named):
    rows = _rows(f"45. Lokalplan for Skovvej\n\n{named}\n\nBeslutning\nGodkendt.\n")
    assert [(b, d, c, s) for b, d, c, _, s in rows] == [("Byrådet", "2024-03-26", "45", "Lokalplan for Skovvej")]


@pytest.mark.parametrize(
    ("step", "body", "date"),
    [
        ("12. marts 2024 - Økonomiudvalget\nAnbefales.", "Økonomiudvalget", "2024-03-12"),
        ("05.03.2024 Teknik- og Miljøudvalget:\nIndstilles godkendt.", "Teknik- og Miljøudvalget", "2024-03-05"),
        ("Beslutning den 4. marts 2024 i Skoleudvalget:\nAnbefales.", "Skoleudvalget", "2024-03-04"),
        ("Socialudvalget (06-03-2024):\nAnbefales godkendt.", "Socialudvalget", "2024-03-06"),
        ("Beslutning i Fritidsudvalget (7. marts 2024)\nGodkendt.", "Fritidsudvalget", "2024-03-07"),
        ("Plan- og Boligudvalget - 11. marts 2024\nAnbefales.", "Plan- og Boligudvalget", "2024-03-11"),
        ("Økonomiudvalget d. 12/3 2024:\nAnbefales over for Byrådet.", "Økonomiudvalget", "2024-03-12"),
        ("Erhvervsudvalget, 8/3-2024\nAnbefales.", "Erhvervsudvalget", "2024-03-08"),
        ("Økonomiudvalgets beslutning den 12. marts 2024:\nAnbefales.", "Økonomiudvalget", "2024-03-12"),
        ("Skoleudvalgets beslutning 04-03-2024\nAnbefales godkendt.", "Skoleudvalget", "2024-03-04"),
        ("Beslutning truffet af Socialudvalget den 6. marts 2024\nAnbefales.", "Socialudvalget", "2024-03-06"),
        ("Behandlet på mødet i Fritidsudvalget den 07.03.2024\nGodkendt.", "Fritidsudvalget", "2024-03-07"),
    ],
)
def test_a_step_names_body_and_date_in_either_order_and_any_date_shape(step, body, date):
    rows = _rows(f"47. Kommuneplantillæg nr. 9\n\n{step}\n\nBeslutning i Byrådet den 26-03-2024:\nGodkendt.\n")
    assert [(b, d, c, s) for b, d, c, _, s in rows] == [
        (body, date, "47", "Kommuneplantillæg nr. 9"),
        ("Byrådet", "2024-03-26", "47", "Kommuneplantillæg nr. 9"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Økonomiudvalget besluttede den 12. marts 2024 at sende sagen i høring.",
        "Byrådet har den 27. februar 2024 godkendt rammen.",
        "Mødet i Økonomiudvalget den 12. marts 2024 blev aflyst.",
        "Tidsplan: 12. marts 2024 - Økonomiudvalget, 26. marts 2024 - Byrådet",
        "Sagen forventes behandlet i Økonomiudvalget den 9. april 2024.",
    ],
)
def test_a_sentence_naming_a_committee_and_a_date_is_no_step(line):
    rows = _rows(f"48. Budgetproces 2025\n\nSagsfremstilling\n{line}\n\nBeslutning\nGodkendt.\n")
    assert [(b, d, c) for b, d, c, _, _ in rows] == [("Byrådet", "2024-03-26", "48")]


@pytest.mark.parametrize(
    "step",
    [
        "Beslutning i Kommunalbestyrelsen den 24-04-2024\nGodkendt.",
        "Beslutning i Byrådet den 21. marts 2024\nGodkendt.",
        "Beslutning truffet i Kommunalbestyrelsen den 24. april 2024\nGodkendt.",
        "Beslutning i Økonomiudvalget den 12-03-2024:\nGodkendt.",
        "Behandlet i Byrådet den 06.03.2024:\nGodkendt uden bemærkninger.",
    ],
)
def test_a_step_that_first_names_the_meeting_keeps_the_items_title(step):
    head = "X Kommune · Referat\n\nMødedato: Onsdag den 24. april 2024 kl. 17:00\nMødested: Rådhuset\n\n"
    rows = votes(f"{head}61. Godkendelse af dagsorden\nSagsnr.: 24/4412\n\n{step}\n", "da")
    assert [(r.case_number, r.subject) for r in rows] == [("61", "Godkendelse af dagsorden")]

"""Family 1 (da): committee steps and the council's bare decision after them are about the case title, also
under a numbered recommendation (a case passing several bodies is named by its title at each, `step_subject_from`);
"Godkendt som anbefalet af Økonomiudvalget" names nothing of its own either: beside the recommendation, in
one body's minutes, it is about the case title like a bare "Godkendt."
(test_family_bare_approvals_name_the_case_da.py)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\n\nMødedato: 27. januar 2020\n\n12. Lokalplan for boliger ved Søvej\n\n"
STEPS = (
    "Beslutning i Økonomiudvalget den 13-01-2020, pkt. 5\nAnbefales.\n\n"
    "Beslutning i Byrådet den 27-01-2020\nGodkendt.\n"
)


@pytest.mark.parametrize(
    ("recommendation", "subject"),
    [
        (
            "Direktionen indstiller,\n1. at lokalplanen vedtages endeligt, og\n2. at tillægget vedtages.\n",
            "at lokalplanen vedtages endeligt",
        ),
        (
            "Forvaltningen indstiller,\n1. at budgetrammen øges med 2,5 mio. kr., samt\n2. at kassen betaler.\n",
            "at budgetrammen øges med 2,5 mio. kr",
        ),
        ("Administrationen indstiller, at\n1. planen godkendes, og\n2. den sendes i høring.\n", "planen godkendes"),
        (
            "Direktøren indstiller:\n1. At strategien godkendes;\n2. At der følges op i 2025.\n",
            "At strategien godkendes",
        ),
        (
            "Direktionen indstiller,\n1. at taksten hæves til 45 kr.,\n2. at taksten gælder fra 1. maj.\n",
            "at taksten hæves til 45 kr",
        ),
        (
            "Forvaltningen indstiller,\n1. at rammen øges med 2,5\n2. at beløbet finansieres af kassen.\n",
            "at rammen øges med 2,5",
        ),
    ],
)
def test_steps_under_numbered_points_are_about_the_case_title(recommendation, subject):
    rows = votes(HEAD + "Indstilling\n" + recommendation + "\n" + STEPS, "da")
    title = "Lokalplan for boliger ved Søvej"
    assert subject not in title
    assert [(r.body, r.subject) for r in rows] == [("Økonomiudvalget", title), ("Byrådet", title)]


@pytest.mark.parametrize(
    "decision",
    [
        "Godkendt som anbefalet af Økonomiudvalget.",
        "Godkendt som indstillet.",
        "Vedtaget som anbefalet.",
        "Tiltrådt som foreslået af forvaltningen.",
        "Godkendt som indstillet og anbefalet.",
        "Godkendt som anbefalet, idet § 7 udgår.",
    ],
)
def test_adopted_as_recommended_is_about_the_case(decision):
    text = HEAD + "Indstilling\nForvaltningen indstiller, at lokalplanen vedtages.\n\nBeslutning\n" + decision + "\n"
    (row,) = votes(text, "da")
    assert (row.outcome, row.subject) == ("adopted", "Lokalplan for boliger ved Søvej")


@pytest.mark.parametrize(
    ("decision", "subject"),
    [
        ("Byrådet godkender lokalplanen som anbefalet, dog uden § 7.", "lokalplanen som anbefalet, dog uden"),
        ("Lokalplanen vedtages som foreslået af Venstre.", "Lokalplanen"),
    ],
)
def test_a_decision_with_words_of_its_own_keeps_them(decision, subject):
    text = HEAD + "Indstilling\nForvaltningen indstiller, at lokalplanen vedtages.\n\nBeslutning\n" + decision + "\n"
    (row,) = votes(text, "da")
    assert row.subject.startswith(subject)

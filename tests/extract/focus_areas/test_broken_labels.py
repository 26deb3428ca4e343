"""A theme heading broken at a line end ("Satsingsområde 1: Et levende" / "lokalsamfunn") keeps its
whole name; a lower-case sentence under a heading is its text, not the rest of its name."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_numbered_headings import BODY

CASES = [
    (
        "da",
        "Indsatsområde",
        [("Grøn", "omstilling"), ("Levende", "bymidter"), ("Uddannelse", None)],
        ["Grøn omstilling", "Levende bymidter", "Uddannelse"],
    ),
    (
        "da",
        "Mål",
        [("Flere borgere i", "job"), ("Bedre", "sundhed for alle")],
        ["Flere borgere i job", "Bedre sundhed for alle"],
    ),
    (
        "da",
        "Tema",
        [("Børn og", "unge"), ("Ældre", None), ("Kultur og", "fritid")],
        ["Børn og unge", "Ældre", "Kultur og fritid"],
    ),
    (
        "da",
        "Fokusområde",
        [("Et stærkt", "erhvervsliv"), ("Natur og", "klima")],
        ["Et stærkt erhvervsliv", "Natur og klima"],
    ),
    ("da", "Strategisk mål", [("Sund", "by"), ("Grøn", "by")], ["Sund by", "Grøn by"]),
    (
        "nb",
        "Satsingsområde",
        [("Et levende", "lokalsamfunn"), ("Klima og", "miljø"), ("Helse", None)],
        ["Et levende lokalsamfunn", "Klima og miljø", "Helse"],
    ),
    ("nb", "Hovedmål", [("Gode", "oppvekstvilkår"), ("Trygg", "alderdom")], ["Gode oppvekstvilkår", "Trygg alderdom"]),
    ("nb", "Mål", [("Flere i", "arbeid"), ("Bedre", "folkehelse")], ["Flere i arbeid", "Bedre folkehelse"]),
    (
        "nb",
        "Innsatsområde",
        [("Digital", "kompetanse"), ("Grønn", "omstilling")],
        ["Digital kompetanse", "Grønn omstilling"],
    ),
    ("nb", "Visjonsmål", [("En attraktiv", "by"), ("En grønn", "by")], ["En attraktiv by", "En grønn by"]),
    (
        "nn",
        "Satsingsområde",
        [("Eit levande", "lokalsamfunn"), ("Klima og", "miljø")],
        ["Eit levande lokalsamfunn", "Klima og miljø"],
    ),
    ("nn", "Hovudmål", [("Gode", "oppvekstvilkår"), ("Trygg", "alderdom")], ["Gode oppvekstvilkår", "Trygg alderdom"]),
    ("nn", "Mål", [("Fleire i", "arbeid"), ("Betre", "folkehelse")], ["Fleire i arbeid", "Betre folkehelse"]),
    (
        "nn",
        "Innsatsområde",
        [("Digital", "kompetanse"), ("Grøn", "omstilling")],
        ["Digital kompetanse", "Grøn omstilling"],
    ),
    ("nn", "Tema", [("Bustad og", "samferdsel"), ("Næring", None)], ["Bustad og samferdsel", "Næring"]),
    (
        "nl",
        "Speerpunt",
        [("Betaalbaar", "wonen"), ("Een sterke", "economie")],
        ["Betaalbaar wonen", "Een sterke economie"],
    ),
    ("nl", "Ambitie", [("Een groene", "stad"), ("Een veilige", "stad")], ["Een groene stad", "Een veilige stad"]),
    (
        "nl",
        "Actielijn",
        [("Bouwen en", "transformeren"), ("Wonen en", "zorg")],
        ["Bouwen en transformeren", "Wonen en zorg"],
    ),
    ("nl", "Pijler", [("Gezond", "opgroeien"), ("Meedoen", None)], ["Gezond opgroeien", "Meedoen"]),
    ("nl", "Opgave", [("Klimaat", "adaptatie"), ("Energie", "transitie")], ["Klimaat adaptatie", "Energie transitie"]),
]


@pytest.mark.parametrize(("language", "word", "parts", "expected"), CASES)
def test_a_theme_heading_broken_at_a_line_end_keeps_its_whole_name(labels, language, word, parts, expected):
    body = BODY[language]
    sections = [
        f"{word} {n}: {head}" + (f"\n{rest}" if rest else "") + f"\n\n{body}" for n, (head, rest) in enumerate(parts, 1)
    ]
    text = f"Strategi 2030\n\n{body}\n\n" + "\n\n".join(sections)
    assert labels(text, language) == expected


@pytest.mark.parametrize(
    ("language", "word", "tail"),
    [
        ("da", "Indsatsområde", "vi skal handle nu."),
        ("nb", "Satsingsområde", "dette er viktig for alle."),
        ("nn", "Satsingsområde", "dette er viktig for alle."),
        ("nl", "Speerpunt", "dat vinden we belangrijk."),
        ("da", "Mål", "- flere cykelstier"),
    ],
)
def test_a_lower_case_sentence_or_item_under_a_heading_is_not_part_of_its_name(labels, language, word, tail):
    body = BODY[language]
    text = f"Strategi 2030\n\n{body}\n\n{word} 1: Klima\n{tail}\n\n{body}\n\n{word} 2: Natur\n\n{body}"
    assert labels(text, language) == ["Klima", "Natur"]

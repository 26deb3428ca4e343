"""Whole documents written for these tests: a Nynorsk plan whose five themes are numbered chapters spread
over the text, and a report and minutes in the other languages full of lists that are no themes."""

from __future__ import annotations

from pathlib import Path

import pytest

DOCUMENTS = Path(__file__).parent / "documents"


def test_a_nynorsk_plans_themes_are_its_chapters_after_the_cue_chapter(labels):
    text = (DOCUMENTS / "nn_samfunnsdel.txt").read_text(encoding="utf-8")
    assert labels(text, "nn") == [
        "Levande bygder",
        "Trygg oppvekst",
        "Helse heile livet",
        "Verdiskaping og arbeid",
        "Natur, klima og beredskap",
    ]


def test_the_same_plan_without_its_table_of_contents_or_its_count(labels):
    text = (DOCUMENTS / "nn_samfunnsdel.txt").read_text(encoding="utf-8")
    text = text[: text.index("Innhald")] + text[text.index("1 Innleiing\n\nSamfunnsdelen") :]
    text = text.replace("Kommunestyret har peika ut fem satsingsområde. ", "")
    assert len(labels(text, "nn")) == 5


@pytest.mark.parametrize(
    ("name", "language"), [("da_aarsrapport.txt", "da"), ("nl_voortgang.txt", "nl"), ("nb_formannskap.txt", "nb")]
)
def test_a_report_or_minutes_without_theme_list_gives_no_rows(labels, name, language):
    assert labels((DOCUMENTS / name).read_text(encoding="utf-8"), language) == []

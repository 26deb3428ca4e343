"""The shared list and heading reader that focus areas and actions both stand on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text import sections
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span


def _line(text: str) -> Line:
    return Line(0, len(text), text)


def _items(text: str, index: int = 0, allow_plain: bool = True) -> list[str]:
    return [i.text for i in lists.list_after(lists.split_lines(text), index, allow_plain=allow_plain)]


def test_markers_are_removed_and_numbers_kept():
    cases = {
        "- 1. Globalt partnerskab": ("number", "1", "Globalt partnerskab"),
        "2) Vækst og bosætning": ("number", "2", "Vækst og bosætning"),
        "3.2 Deltakelse i EU-prosjekter": ("number", "3.2", "Deltakelse i EU-prosjekter"),
        "• Folkehelse": ("bullet", None, "Folkehelse"),
        "b) tweede punt": ("letter", "b", "tweede punt"),
        "Ystad, Sverige": ("plain", None, "Ystad, Sverige"),
    }
    for text, (kind, number, rest) in cases.items():
        item = lists.parse_item(_line(text))
        assert (item.kind, item.number, item.text) == (kind, number, rest), text


def test_a_year_or_a_count_at_line_start_is_no_list_number():
    for text in ("2019 blev et godt år", "5 temaer er valgt", "12 kommuner deltager"):
        assert lists.parse_item(_line(text)).kind == "plain"


def test_run_in_numbered_list_after_a_colon_starts_its_own_line():
    text = "Planen nævner tre ting. Det er:1) Trivsel. Mere tekst\n2) Læring."
    assert [line.text for line in lists.split_lines(text)] == [
        "Planen nævner tre ting. Det er:",
        "1) Trivsel. Mere tekst",
        "2) Læring.",
    ]


def test_numbered_list_stops_where_the_numbering_breaks():
    text = "Temaer:\n1. Klima\n2. Skole\n3. Erhverv\n7. Noter til side 7"
    assert _items(text) == ["Klima", "Skole", "Erhverv"]


def test_bulleted_list_reads_across_blank_lines_and_stops_at_running_text():
    text = "Satsingsområda:\n\n• Folkehelse\n\n• Bustader\n\nDette er ein vanleg tekst om planen."
    assert _items(text) == ["Folkehelse", "Bustader"]


def test_plain_one_item_a_line_list_needs_the_callers_permission():
    text = "Vi samarbejder med:\nYstad, Sverige\nBrandenburg an der Havel, Tyskland\nDet giver gode udvekslinger."
    assert _items(text, allow_plain=False) == []
    assert _items(text) == ["Ystad, Sverige", "Brandenburg an der Havel, Tyskland"]


def test_list_limit_cuts_at_the_announced_count():
    lines = lists.split_lines("Tre temaer:\n- A\n- B\n- C\n- D")
    assert [i.text for i in lists.list_after(lines, 0, allow_plain=True, limit=3)] == ["A", "B", "C"]


def test_table_column_reads_first_cells_and_skips_continuation_rows():
    text = (
        "Satsingsområde\tMål\tTiltak\n"
        "Klima\tLavere utslipp\tFlere elbiler\n"
        "\tfortsetter\tfra forrige rad\n"
        "Kultur | Flere besøkende | Ny festival\n"
        "Etter tabellen kommer vanlig tekst."
    )
    lines = lists.split_lines(text)
    assert [i.text for i in lists.table_column(lines, 0)] == ["Klima", "Kultur"]


def test_table_of_contents_is_recognised_by_page_numbers():
    toc = lists.list_after(
        lists.split_lines("Inhoud\n1. Inleiding 3\n2. Speerpunten 5\n3. Financiën 9"), 0, allow_plain=True
    )
    body = lists.list_after(lists.split_lines("Speerpunten\n1. Wonen\n2. Werken\n3. Zorg"), 0, allow_plain=True)
    assert sections.looks_like_toc(toc)
    assert not sections.looks_like_toc(body)


def test_sentences_do_not_end_at_known_abbreviations():
    abbreviations = lists.conventions("da").abbreviations
    text = "Varme jfr. Danmark kan mere II. Næste sætning bl.a. her."
    assert [s.text for s in lists.sentences(0, text, abbreviations)] == [
        "Varme jfr. Danmark kan mere II.",
        "Næste sætning bl.a. her.",
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Ab. !?\n", max_size=60))
def test_first_sentence_is_the_first_of_the_sentences(text):
    spans = lists.sentences(7, text, frozenset({"bl.a."}))
    expected = spans[0] if spans else lists.trim(7, text)
    assert lists.first_sentence(7, text, frozenset({"bl.a."})) == expected


def test_enumeration_splits_commas_and_only_the_last_conjunction():
    text = "ny skole, høydebassenget på Moen og Vik samt avløpsanlegg i Hagen"
    parts = lists.split_enumeration(Span(10, 10 + len(text), text), lists.conventions("nb").conjunctions)
    assert [p.text for p in parts] == ["ny skole", "høydebassenget på Moen og Vik", "avløpsanlegg i Hagen"]
    assert all(text[p.start - 10 : p.end - 10] == p.text for p in parts)


def test_labels_lose_quotes_and_closing_punctuation():
    assert lists.clean_label(Span(0, 16, "”Samen werken.” ")).text == "Samen werken"


def test_headings_are_short_unpunctuated_title_lines():
    assert lists.is_heading("Fjordskolen, indvendig renovering")
    assert lists.is_heading("3. De internasjonale målområder")
    assert not lists.is_heading("Godkendt.")
    assert not lists.is_heading("Viktige hendelser i 2023:")
    assert not lists.is_heading("kleine letters aan het begin")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1.) :-•\n\tÆø")), max_size=200))
def test_line_and_item_offsets_always_point_into_the_text(text):
    for line in lists.split_lines(text):
        assert text[line.start : line.end] == line.text
        item = lists.parse_item(line)
        assert text[item.start : item.end] == item.text


def test_table_of_contents_sub_entries_under_a_chapter_number_without_full_stop():
    lines = lists.split_lines("2 Satsingsområder 4\n2.1 Klima 5\n2.2 Oppvekst 7\n3 Økonomi 11")
    assert [i.text for i in sections.toc_sub_entries(lines, 0)] == ["Klima", "Oppvekst"]


def test_section_headings_may_carry_one_subtitle_line_before_their_text():
    text = (
        "Intro\nWonen\nThuis in de buurt\nWe bouwen woningen voor iedereen.\n"
        "Werken\nRuimte om te ondernemen\nBedrijven kunnen groeien.\nContact\nBel 14 0123"
    )
    lines = lists.split_lines(text)
    assert [i.text for i in sections.subtitled_headings_after(lines, 0)] == ["Wonen", "Werken"]
    assert [i.text for i in sections.headings_with_text_after(lines, 0)] == []


def test_numbered_sections_may_hold_lead_ins_and_sub_items_of_another_kind():
    text = "Intro:\n1. Helse\nMål:\n- Færre røykere\n- Mer aktivitet\n2. Utdanning\nTekst her.\n3. Arbeid\nSlutt"
    lines = lists.split_lines(text)
    assert [i.text for i in sections.numbered_sections_after(lines, 0)] == ["Helse", "Utdanning", "Arbeid"]


def test_numbered_sections_end_at_an_unnumbered_heading_or_a_break_in_numbering():
    lines = lists.split_lines("Intro:\n1. Helse\nTekst.\n2. Utdanning\nOppfølging\n3. Arbeid")
    assert [i.text for i in sections.numbered_sections_after(lines, 0)] == ["Helse", "Utdanning"]
    lines = lists.split_lines("Intro:\n1. Helse\nTekst.\n3. Utdanning")
    assert [i.text for i in sections.numbered_sections_after(lines, 0)] == ["Helse"]
    assert sections.numbered_sections_after(lists.split_lines("Intro:\n- Helse\n1. Utdanning"), 0) == []


def test_a_short_lead_in_with_its_items_is_a_sections_body():
    lines = lists.split_lines("Intro\nWonen\nDoelen:\n- 500 woningen\nWerken\nDoelen:\n- 200 banen\nContact\nBel ons")
    assert [i.text for i in sections.headings_with_text_after(lines, 0)] == ["Wonen", "Werken"]
    lines = lists.split_lines("Intro\nWonen\nDoelen:\nWerken\nDoelen:")
    assert sections.headings_with_text_after(lines, 0) == []

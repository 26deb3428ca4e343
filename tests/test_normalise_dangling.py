"""A line ending in a preposition, article, conjunction or infinitive marker ends mid-phrase: the next line goes on
with it, even when it opens with a capital and its first word would have fitted on the line (a hand-broken text)."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

RUN_ON = {
    "da preposition before a programme": (
        "Langeland deltager i projektet \"Kyst i Balance\" under",
        "Interreg Deutschland-Danmark sammen med Heiligenhafen.",
    ),
    "da conjunction before a town": (
        "Kommunen har venskabsbyer i Eutin, Visby og",
        "Kuressaare, og samarbejdet fortsætter i 2027.",
    ),
    "nb infinitive marker": (
        "Kommunestyret vedtok i møtet i oktober å",
        "Slutte seg til Sunne kommuner fra neste år.",
    ),
    "nb article before a name": (
        "Formannskapet ga sin tilslutning til prosjektet, som ledes av en",
        "Arbeidsgruppe fra Bodø kommune og Luleå kommun.",
    ),
    "nn preposition before a body": (
        "Saka vart send over til handsaming i",
        "Kommunestyret etter at formannskapet hadde gjeve si tilråding.",
    ),
    "nl preposition before a network": (
        "De gemeente neemt sinds vorig jaar actief deel aan",
        "Energy Cities en werkt daarin samen met Leuven.",
    ),
    "nl article before a name": (
        "Het college sloot een samenwerkingsovereenkomst met de",
        "Franse stad Halluin, die in 2026 werd verlengd.",
    ),
}


@pytest.mark.parametrize(("first", "second"), RUN_ON.values(), ids=RUN_ON.keys())
def test_a_line_ending_in_a_function_word_runs_on_into_the_next(first, second):
    text, _ = normalise([f"{first}\n{second}"])
    assert text == f"{first} {second}"


STAY_APART = {
    "vote line ending in 'for'": ("Følgende medlemmer av kommunestyret stemte for", "Kari Nordmann (Ap)"),
    "a label after a dangling line": ("Saken ble behandlet i formannskapet og sendt til", "Vedtak: Saken utsettes."),
    "a line ending in a content word": ("Kommunen har venskabsbyer i Tyskland og Sverige", "Eutin er den ældste by"),
    "a short line ending in 'og'": ("Kultur og", "Fritid"),
}


@pytest.mark.parametrize(("first", "second"), STAY_APART.values(), ids=STAY_APART.keys())
def test_vote_lines_labels_content_words_and_short_lines_keep_their_line_break(first, second):
    text, _ = normalise([f"{first}\n{second}"])
    assert text.splitlines() == [first, second]

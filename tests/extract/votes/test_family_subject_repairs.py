"""A row's subject names what was decided, never a fragment or a label: a sentence cut at a line break
("..., at den nye" / "skolestruktur godkendes.") runs on to its end; a lone quote mark ('"Saka', '«') and an
outcome or procedure phrase read as a subject ("Vedtatt uten votering", "conform vastgesteld, zonder
stemming", "Stemming over het raadsvoorstel") give the case. Look-alikes keep their subject: a whole
proposal name, a quoted title with both quote marks, a clause that is whole on its line, numbered points.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

TITLE = {"da": "Budget 2021", "nb": "Budsjett 2024", "nn": "Budsjett 2024", "nl": "Klimaatadaptatie"}


def _subjects(language: str, body: str) -> list[str | None]:
    return [r.subject for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        (
            "da",
            "Beslutning\nUdvalget anbefaler, at den nye\nskolestruktur godkendes.\n",
            "Udvalget anbefaler, at den nye skolestruktur godkendes",
        ),
        (
            "da",
            "Beslutning\nØkonomiudvalget anbefaler, at\nbevillingen frigives.\n",
            "at bevillingen frigives",
        ),
        (
            "da",
            "Beslutning\nByrådet godkendte, at taksten for\n2025 hæves med 3 pct.\n",
            "at taksten for 2025 hæves med 3 pct",  # the body approving a clause: the clause, as "anbefaler, at"
        ),
        (
            "nb",
            "Innstilling:\nKommunedirektøren foreslår at budsjettet\nvedtas slik det foreligger.\n\n"
            "Vedtak:\nSom innstillingen.\n",
            "at budsjettet vedtas slik det foreligger.",
        ),
        (
            "nn",
            "Tilråding:\nKommunedirektøren rår til at reguleringsplanen for\nSkeie vert godkjend.\n\n"
            "Vedtak:\nSom tilrådinga.\n",
            "at reguleringsplanen for Skeie vert godkjend",
        ),
    ],
)
def test_a_sentence_cut_at_a_line_break_runs_on_to_its_end(language, body, subject):
    assert _subjects(language, body) == [subject]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning\nAfstemningen om sagen\n"),
        ("da", "Beslutning\nIngen afstemning.\n"),
        ("da", "Beslutning\nVedtaget uden afstemning.\n"),
        ("da", "Beslutning\n«Godkendt\n"),
        ("da", 'Beslutning\n"Godkendt\n'),
        ("nb", "Vedtak:\nVedtatt uten votering.\n"),
        ("nb", "Vedtak:\n«Saken\n"),
        ("nb", "Vedtak:\nIngen votering.\n"),
        ("nb", "Vedtak:\nStemming over saken\n"),
        ("nb", "Vedtak:\nEnstemmig vedtatt.\n"),
        ("nn", "Vedtak:\nVedteke utan røysting.\n"),
        ("nn", 'Vedtak:\n"Saka\n'),
        ("nn", "Vedtak:\nRøysting over saka\n"),
        ("nn", "Vedtak:\nSamrøystes vedteke.\n"),
        ("nn", "Vedtak:\n«Saka\n"),
        ("nl", "Besluit\nconform vastgesteld, zonder stemming\n"),
        ("nl", "Besluit\nConform het raadsvoorstel besloten (hamerstuk)\n"),
        ("nl", "Besluit\nconform voorstel aangenomen, unaniem\n"),
        ("nl", 'Besluit\n"Aangenomen\n'),
        ("nl", "Besluit\nStemming over het raadsvoorstel\n"),
        ("nl", "Besluit\nzonder stemming aangenomen\n"),
    ],
)
def test_a_label_outcome_or_lone_quote_as_subject_gives_the_case(language, body):
    assert _subjects(language, body) == [TITLE[language]]


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        # a clause that is whole where it stands: "om at" opens an infinitive, not a cut sentence
        (
            "da",
            "Beslutning\nEt ændringsforslag fra V om at fremrykke målet blev forkastet med 3 stemmer mod 24.\n",
            "Et ændringsforslag fra V om at fremrykke målet",
        ),
        # numbered points are sentences of their own, never run on into each other
        (
            "nb",
            "Innstilling:\nKommunedirektøren tilrår at\n1. planen vedtas\n2. tiltakene prioriteres\n\n"
            "Vedtak:\nSom innstillingen.\n",
            "planen vedtas",
        ),
        # a named whole proposal keeps its established name
        ("nb", "Votering\nStemming over punktet\nInnstillingen ble enstemmig vedtatt.\n", "Innstillingen"),
        # both quote marks: a quoted title, kept whole
        ("nl", 'Besluit\nMotie M1 (SP) "Betaalbaar wonen" wordt aangenomen.\n', "Motie M1 (SP) Betaalbaar wonen"),
        # a decision sentence naming only the case ("Het voorstel") is about the point: its title
        ("nl", "Besluit\nHet voorstel wordt unaniem aangenomen.\n", "Klimaatadaptatie"),
    ],
)
def test_a_whole_subject_is_kept(language, body, subject):
    assert _subjects(language, body) == [subject]


def test_a_minutes_decision_sentence_about_the_council_keeps_its_words():
    """Only a report outside any meeting record is cut to its object; minutes keep their sentence."""
    rows = votes(CASE["nl"] + "Besluit\nDe raad heeft het voorstel klimaatplan aangenomen.\n", "nl")
    assert [r.subject for r in rows] == ["De raad heeft het voorstel klimaatplan aangenomen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CASE["nl"] + "Besluit\nDe raad heeft besloten dat de\nverordening wordt vastgesteld.\n",
            [("Klimaatadaptatie", "adopted")],
        ),
        (
            "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n"
            "De raad heeft besloten dat het\nzwembad open blijft.\n",
            [("De raad heeft besloten dat het zwembad open blijft", "adopted")],
        ),
        (
            "Nieuws\n\nDe gemeenteraad heeft dinsdag besloten dat de\nkermis op de Markt blijft.\n",
            [("dat de kermis op de Markt blijft", "adopted")],
        ),
        # two decisions in one wrapped sentence stay two
        (
            CASE["nl"] + "Besluit\nDe motie wordt verworpen en het\namendement wordt aangenomen.\n",
            [
                ("De motie wordt verworpen en het amendement wordt aangenomen", "rejected"),
                ("het amendement wordt aangenomen", "adopted"),
            ],
        ),
    ],
)
def test_a_dutch_decision_sentence_wrapped_over_two_lines_is_one_decision(text, expected):
    assert [(r.subject, r.outcome) for r in votes(text, "nl")] == expected


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        ("nb", "Vedtak:\nOrdføreren foreslo at saken utsettes, og forslaget ble enstemmig vedtatt.\n", "Budsjett 2024"),
        (
            "nn",
            "Vedtak:\nOrdføraren føreslo at saka vert utsett, og framlegget vart samrøystes vedteke.\n",
            "Budsjett 2024",
        ),
        (
            "da",
            "Beslutning\nBorgmesteren foreslog, at sagen blev sendt tilbage til udvalget, og det blev godkendt.\n",
            "Budget 2021",
        ),
        ("nb", "Vedtak:\nRådmannen orienterte om saken, og innstillingen ble enstemmig vedtatt.\n", "innstillingen"),
    ],
)
def test_a_vote_phrase_after_a_joined_clause_is_about_that_clause_only(language, body, subject):
    """ "..., og forslaget ble vedtatt": the words before the comma are another clause, not the subject."""
    assert _subjects(language, body) == [subject]

"""Case titles that name a member or party in brackets mid-title ("35. Forslag fra Mads Holm (Ø) om gratis bus")
or end in a journal number ("4. Valg af nyt medlem (j.nr. 00.22.04-A00-1-26)") are case headers: the decision
below takes the case number, and the journal number is the archive number, not title text."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {
    "da": "Byrådet\n\nMødedato: 4. marts 2026\n\n",
    "nb": "Kommunestyret\n\nMøtedato: 04.03.2026\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 04.03.2026\n\n",
}
DECISION = {
    "da": "Beslutning:\nForslaget blev forkastet med 5 stemmer for og 23 imod.\n",
    "nb": "Votering:\nForslaget falt med 5 mot 23 stemmer.\n",
    "nn": "Røysting:\nFramlegget fall med 5 mot 23 røyster.\n",
}
TITLED = [
    (
        "da",
        "35. Forslag fra Mads Holm (Ø) om gratis bus for unge",
        "35",
        "Forslag fra Mads Holm (Ø) om gratis bus for unge",
    ),
    (
        "da",
        "12. Beslutningsforslag fra Lise Berg (F) om flere cykelstier",
        "12",
        "Beslutningsforslag fra Lise Berg (F) om flere cykelstier",
    ),
    (
        "da",
        "7. Forslag fra Venstre (V) om lavere dækningsafgift",
        "7",
        "Forslag fra Venstre (V) om lavere dækningsafgift",
    ),
    (
        "da",
        "101. Medlemsforslag fra Per Dam (O) vedrørende videoovervågning",
        "101",
        "Medlemsforslag fra Per Dam (O) vedrørende videoovervågning",
    ),
    ("da", "44. Spørgsmål fra Anne Juul (C) om skolebusser", "44", "Spørgsmål fra Anne Juul (C) om skolebusser"),
    (
        "nb",
        "PS 35/26 Forslag fra Kari Li (SV) om gratis skolemat",
        "35/26",
        "Forslag fra Kari Li (SV) om gratis skolemat",
    ),
    (
        "nb",
        "Sak 12/26 Forslag fra Per Dahl (FrP) om lavere eiendomsskatt",
        "12/26",
        "Forslag fra Per Dahl (FrP) om lavere eiendomsskatt",
    ),
    (
        "nn",
        "PS 35/26 Framlegg frå Randi Matre (KrF) om gebyrfritak",
        "35/26",
        "Framlegg frå Randi Matre (KrF) om gebyrfritak",
    ),
    (
        "nn",
        "Sak 12/26 Framlegg frå Olav Haug (Sp) om grendavegar",
        "12/26",
        "Framlegg frå Olav Haug (Sp) om grendavegar",
    ),
]


@pytest.mark.parametrize(("language", "header", "case", "title"), TITLED)
def test_a_title_with_a_bracketed_party_is_a_case_header(language, header, case, title):
    rows = votes(MEETING[language] + header + "\n" + DECISION[language], language)
    assert [(r.case_number, r.outcome) for r in rows] == [(case, "rejected")]


JOURNALED = [
    ("4. Valg af nyt medlem til Folkeoplysningsudvalget (j.nr. 00.22.04-A00-1-26)", "4", "00.22.04-A00-1-26"),
    ("2. Godkendelse af regnskab 2025 (j.nr. 00.01.00-S00-4-25)", "2", "00.01.00-S00-4-25"),
    ("9. Lokalplan 112 for Islevbrovej (sagsnr. 25/1180)", "9", "25/1180"),
    ("15. Salg af grund ved havnen (J. nr. 82.02.00-G01-2-26)", "15", "82.02.00-G01-2-26"),
    ("3. Trafikplan 2026 (26/311)", "3", "26/311"),
]


@pytest.mark.parametrize(("header", "case", "archive"), JOURNALED)
def test_a_journal_number_after_the_title_is_the_archive_number(header, case, archive):
    rows = votes(MEETING["da"] + header + "\nBeslutning:\nGodkendt.\n", "da")
    assert [(r.case_number, r.archive_case) for r in rows] == [(case, archive)]
    assert "(" not in rows[0].subject


SENTENCES = [
    "1. Kommunalbestyrelsen (A) godkendte planen.",
    "2. Borgmesteren (V) orienterede om sagen.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_numbered_sentence_with_a_bracket_opens_no_case(line):
    rows = votes(MEETING["da"] + "12. Vejplan 2026\nBeslutning:\nGodkendt.\n" + line + "\n", "da")
    assert {r.case_number for r in rows} == {"12"}

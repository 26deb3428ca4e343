"""Committee steps on Bokmål and Nynorsk case and vote pages headed "Behandling i formannskapet 12.05.2026 (til
informasjon)": the body written in lower case after the step wording and a bracketed note on the step's role
("til orientering", "rådgivende") still make a step with its own body and date. A body that "sluttet seg til" /
"slutta seg til" a proposal "med 7 mot 2 stemmer" voted on that proposal: the count is no part of the subject. Text
under an "Om saken" heading retells the case and gives no row. Look-alikes: a sentence that starts with "Behandling i"
but names no day is no step. All texts are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.votes.lexicon import lexicon
from pipeline.extract.votes.steps import match_step
from tests.extract.votes.helpers import votes

STEPS = [
    ("nb", "Behandling i formannskapet 12.05.2026 (til informasjon)", "formannskapet", "12.05.2026"),
    ("nb", "Behandling i hovedutvalg for teknikk 03.03.2026 (rådgivende):", "hovedutvalg for teknikk", "03.03.2026"),
    ("nb", "Behandling i eldrerådet 19.02.2026 (til uttalelse)", "eldrerådet", "19.02.2026"),
    ("nn", "Handsaming i formannskapet 26.05.2026 (til orientering)", "formannskapet", "26.05.2026"),
    ("nn", "Handsaming i ungdomsrådet 04.05.2026 (rådgjevande)", "ungdomsrådet", "04.05.2026"),
    ("nb", "Behandling i Planutvalget 07.04.2026 (til orientering):", "Planutvalget", "07.04.2026"),
]


@pytest.mark.parametrize(("language", "line", "body", "date"), STEPS)
def test_step_headers_with_a_lower_case_body_and_a_note(language: str, line: str, body: str, date: str) -> None:
    step = match_step(line, lexicon(language))
    assert step is not None and step.fields.get("body") == body and step.fields.get("date") == date


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Behandling i formannskapet er ikke nødvendig (til informasjon)"),
        ("nn", "Handsaming i utvalet før vedtak"),
    ],
)
def test_step_wording_without_a_day_is_no_step(language: str, line: str) -> None:
    assert match_step(line, lexicon(language)) is None


PAGE = "Sak 12/26 Ny gang- og sykkelveg\nMøte: Kommunestyret, tirsdag 9. juni 2026\n\n"
JOINED = [
    ("nb", "Formannskapet sluttet seg til rådmannens forslag med 5 mot 2 stemmer.", "rådmannens forslag", 5, 2),
    ("nb", "Planutvalget sluttet seg til forslaget fra Ap med 6 mot 3 stemmer.", "forslaget fra Ap", 6, 3),
    (
        "nb",
        "Formannskapet har sluttet seg til kommunedirektørens innstilling, med 8 mot 1 stemme.",
        "kommunedirektørens innstilling",
        8,
        1,
    ),
    (
        "nn",
        "Formannskapet slutta seg til kommunedirektøren sitt framlegg med 6 mot 1 røyster.",
        "kommunedirektøren sitt framlegg",
        6,
        1,
    ),
    ("nn", "Utvalet slutta seg til framlegget frå SV med 4 mot 3 røyster.", "framlegget frå SV", 4, 3),
]


@pytest.mark.parametrize(("language", "sentence", "subject", "for_", "against"), JOINED)
def test_joined_proposal_subject_stops_at_its_count(
    language: str, sentence: str, subject: str, for_: int, against: int
) -> None:
    step = "Behandling i formannskapet 12.05.2026\n" + sentence + "\n"
    rows = [r for r in votes(PAGE + step, language) if r.subject == subject]
    assert rows and (rows[0].votes_for, rows[0].votes_against) == (for_, against)


@pytest.mark.parametrize(("language", "heading"), [("nb", "Om saken"), ("nn", "Om saka")])
def test_text_about_the_case_gives_no_row(language: str, heading: str) -> None:
    text = PAGE + "Vedtak: Vegen bygges i 2027.\n\n" + heading + "\nEn del av prosjektet er utsatt til neste år.\n"
    assert [r.outcome for r in votes(text, language)] == ["adopted"]


@pytest.mark.parametrize(
    ("language", "line"), [("nn", "Handsaming i formannskapet:"), ("nb", "Behandling i bystyret:")]
)
def test_a_lower_case_body_without_a_day_is_no_step(language: str, line: str) -> None:
    assert match_step(line, lexicon(language)) is None

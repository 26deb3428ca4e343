"""A whole-item decision 'as recommended' on its own line, with its unanimity after it as a sentence of its own
("Som kommunedirektørens innstilling. Enstemmig.", "Som innstillinga. Samrøystes vedteke."), decides the case as
the bare "Som innstillingen." does: under a dated decision label no reader knows ("HOK-vedtak 19.05.2026:") it
is one row for the case, adopted and unanimous. Look-alikes: a line that adds anything but the unanimity
("Som innstillingen. Kari Nes (H) fremmet forslag om utsettelse."), or says 'as mentioned' ("Som nevnt i forrige
møte. Enstemmig."), decides nothing by itself."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

DECIDED = [
    ("nb", "HOK-vedtak 19.05.2026:\nSom kommunedirektørens innstilling. Enstemmig.\n"),
    ("nb", "Formannskapets vedtak 02.06.2026:\nSom rådmannens innstilling. Enstemmig.\n"),
    ("nb", "Vedtak 4.3.2026:\nSom innstillingen. Enstemmig vedtatt.\n"),
    ("nb", "UTV-vedtak 11.02.2026:\nSom formannskapets innstilling. Enstemmig.\n"),
    ("nb", "Som innstillingen. Enstemmig.\n"),
    ("nn", "HTM-vedtak 19.05.2026:\nSom innstillinga. Samrøystes.\n"),
    ("nn", "FSK-vedtak 19.05.2026:\nSom formannskapets tilråding. Samrøystes vedteke.\n"),
    ("nn", "Vedtak i formannskapet 3.3.2026:\nSom kommunedirektøren si innstilling. Samrøystes.\n"),
    ("nn", "KS-vedtak 21.10.2026:\nSom tilrådinga. Samrøystes vedteken.\n"),
    ("nn", "Som innstillinga. Samrøystes.\n"),
]


@pytest.mark.parametrize(("language", "body"), DECIDED)
def test_as_recommended_then_unanimity_on_one_line_adopts_the_case_unanimously(language, body):
    rows = votes(CASE[language] + body, language)
    assert [(r.subject, r.outcome, r.unanimous) for r in rows] == [("Budsjett 2024", "adopted", True)]


LOOK_ALIKES = [
    ("nb", "Saksopplysninger:\nSom nevnt i forrige møte. Enstemmig.\n"),
    ("nb", "Kari Nes (H) orienterte.\nSom innstillingen. Kari Nes (H) fremmet forslag om utsettelse.\n"),
    ("nn", "Saksopplysningar:\nSom nemnt i førre møte. Samrøystes.\n"),
]


@pytest.mark.parametrize(("language", "body"), LOOK_ALIKES)
def test_a_line_adding_more_than_unanimity_or_saying_as_mentioned_decides_nothing(language, body):
    assert votes(CASE[language] + body, language) == []

"""A request to join stands as the sentence's subject and its outcome comes last, far from the name ('Een
aansluiting bij Mayors for Peace werd in de gemeenteraad van mei 2025 besproken maar niet goedgekeurd'): the
refusal or consideration speaks of that request, so the network is no row. A membership stated outright, with a
far word that only looks like a consideration, keeps its row. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

REFUSED = [
    ("nl", "Kinrooi", "Een aansluiting bij Mayors for Peace werd in de gemeenteraad "
                      "van mei 2025 besproken maar niet goedgekeurd."),
    ("nl", "Weert", "De aanvraag voor Energy Cities is door de raad op 12 "
                    "maart 2026 na een lange discussie afgewezen."),
    ("da", "Køge", "Tilslutningen til Eurocities blev på byrådets møde den 4. maj 2026 efter en lang debat forkastet."),
    ("nb", "Vardø", "Søknaden om medlemskap i Eurocities ble i formannskapets møte 3. mars 2026 enstemmig avslått."),
    ("nn", "Voss", "Innmeldinga i Eurocities vart i kommunestyret sitt møte 12. "
                   "mai 2026 etter ein lang debatt ikkje godkjent."),
]

HELD = [
    ("nl", "Kinrooi", "Kinrooi is sinds 2019 lid van Eurocities en werkt daar mee aan mogelijke nieuwe projecten."),
    ("da", "Køge", "Køge er medlem af Eurocities, og byrådet har afvist et forslag om at udtræde."),
    ("nb", "Vardø", "Vardø kommune har vært medlem av Eurocities siden 2018 og deltar i arbeidsgruppen for kystbyer."),
    ("nl", "Weert", "De aansluiting bij Eurocities werd in de gemeenteraad van "
                    "mei 2025 met ruime meerderheid goedgekeurd."),
    ("nn", "Voss", "Innmeldinga i Eurocities vart i kommunestyret sitt møte 12. mai 2026 samrøystes vedteken."),
]


@pytest.mark.parametrize(("language", "town", "text"), REFUSED)
def test_a_request_refused_or_only_discussed_at_the_sentence_end_is_no_membership(
    language: str, town: str, text: str
) -> None:
    assert "Eurocities" not in networks(text, language, town)
    assert "Mayors for Peace" not in networks(text, language, town)
    assert "Energy Cities" not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text"), HELD)
def test_a_stated_or_granted_membership_keeps_its_row(language: str, town: str, text: str) -> None:
    assert "Eurocities" in networks(text, language, town)

"""A count closing the sentence before the decision ("Stemmene falt 4 mot 4. Innstillingen ble vedtatt ved
lederens dobbeltstemme.") ends that sentence: its full stop follows a number, but the pair of numbers makes it a
count, not an ordinal, so the decision's subject starts after it ("Innstillingen"), not at "Stemmene falt".
Look-alikes: an ordinal or date inside the subject ("Sak 4. juni-møtet", "punkt 2. ledd") is no count pair and
cuts nothing. All texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_NB = "Hovedutvalg for teknikk\nMøtedato: 03.03.2026\n\nPS 24/26 Klage på vedtak om gebyr\n"
_NN = "Formannskapet\nMøtedato: 08.09.2026\n\nPS 64/26 Klage på vedtak om gebyr\n"


def _subjects(text: str, language: str) -> list[str | None]:
    return [row.subject for row in votes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        (
            "nb",
            _NB + "Votering: Stemmene falt 4 mot 4. Innstillingen ble vedtatt ved lederens dobbeltstemme.\n",
            "Innstillingen",
        ),
        (
            "nb",
            _NB + "Det ble stemt 5-5. Forslaget fra Ap ble vedtatt med ordførerens dobbeltstemme.\n",
            "Forslaget fra Ap",
        ),
        (
            "nb",
            _NB + "Avstemningen endte 3 mot 3. Kommunedirektørens innstilling ble vedtatt\nved leders dobbeltstemme.\n",
            "Kommunedirektørens innstilling",
        ),
        ("nb", _NB + "Resultatet ble 7 mot 2. Innstillingen ble dermed vedtatt.\n", "Innstillingen"),
        ("nb", _NB + "Stemmetallet var 11 – 4. Endringsforslaget ble ikke vedtatt.\n", "Endringsforslaget"),
        (
            "nn",
            _NN + "Røysting: Røystene fall 4 mot 4. Innstillinga vart vedteken med leiaren si dobbeltrøyst.\n",
            "Innstillinga",
        ),
        (
            "nn",
            _NN + "Det vart røysta 5-5. Framlegget frå Sp vart vedteke med ordføraren si dobbeltrøyst.\n",
            "Framlegget frå Sp",
        ),
        (
            "nn",
            _NN + "Røystinga enda 3 mot 3. Kommunedirektøren si innstilling vart vedteken.\n",
            "Kommunedirektøren si innstilling",
        ),
        ("nn", _NN + "Resultatet vart 9 mot 2. Tilrådinga vart dermed vedteken.\n", "Tilrådinga"),
        ("nn", _NN + "Røystetalet var 12 – 3. Endringsframlegget vart ikkje vedteke.\n", "Endringsframlegget"),
        # look-alikes: a single number before a stop still runs on
        ("nb", _NB + "Forslaget om endring i § 4. Ledd to ble vedtatt.\n", "Forslaget om endring i § 4. Ledd to"),
        ("nn", _NN + "Framlegget om endring i § 4. Ledd to vart vedteke.\n", "Framlegget om endring i § 4. Ledd to"),
    ],
)
def test_a_count_ending_the_sentence_before_is_not_the_subject(language: str, text: str, subject: str) -> None:
    assert _subjects(text, language) == [subject]

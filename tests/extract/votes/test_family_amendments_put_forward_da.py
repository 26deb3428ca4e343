"""A Danish amendment put forward in a sentence of its own ("Venstre stillede ændringsforslag om, at planen
også omfatter pendlerparkering ved motorvejen.") and voted on as "Ændringsforslaget bortfaldt." below its
counts has no words but that sentence: the row is about it, not about the bare "Ændringsforslaget".
Look-alikes: an amendment quoted under its label keeps its quoted words; a bare "Ændringsforslaget" with
no sentence putting it forward above stays as it is.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nMødedato: 4. marts 2026\n\n32. Kommissorium for grøn mobilitetsplan\n\nBeslutning\n"


def _rejected(body: str) -> list[str | None]:
    return [r.subject for r in votes(HEAD + body, "da") if r.outcome == "rejected"]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Venstre stillede ændringsforslag om, at planen også omfatter pendlerparkering.\n"
            "For ændringsforslaget stemte 8 (V 5, I 3), imod stemte 20.\nÆndringsforslaget bortfaldt.\n",
            "Venstre stillede ændringsforslag om, at planen også omfatter pendlerparkering",
        ),
        (
            "Enhedslisten stillede ændringsforslag om, at andelen af almene boliger hæves til 40 procent.\n"
            "For stemte 4 (Ø, F). Imod stemte 16.\nÆndringsforslaget faldt.\n",
            "Enhedslisten stillede ændringsforslag om, at andelen af almene boliger hæves til 40 procent",
        ),
        (
            "SF fremsatte et ændringsforslag om at udskyde planen et år.\nÆndringsforslaget blev forkastet.\n",
            "SF fremsatte et ændringsforslag om at udskyde planen et år",
        ),
        (
            "Dansk Folkeparti stillede tillægsforslag om, at der laves en trafiktælling.\n"
            "For stemte 3 (O). Imod stemte 24.\nTillægsforslaget blev forkastet.\n",
            "Dansk Folkeparti stillede tillægsforslag om, at der laves en trafiktælling",
        ),
        (
            "Konservative fremlagde ændringsforslag om, at budgettet nedsættes med en million kroner.\n"
            "Ændringsforslaget faldt.\n",
            "Konservative fremlagde ændringsforslag om, at budgettet nedsættes med en million kroner",
        ),
    ],
)
def test_a_bare_amendment_is_about_the_sentence_putting_it_forward(body, subject):
    assert _rejected(body) == [subject]


def test_a_quoted_amendment_keeps_its_quoted_words():
    body = 'Ændringsforslag fra Venstre:\n"Planen omfatter også pendlerparkering."\nÆndringsforslaget faldt.\n'
    assert _rejected(body) == ["Planen omfatter også pendlerparkering"]


def test_a_bare_amendment_without_a_sentence_putting_it_forward_stays_bare():
    assert _rejected("Borgmesteren satte sagen til afstemning.\nÆndringsforslaget faldt.\n") == ["Ændringsforslaget"]

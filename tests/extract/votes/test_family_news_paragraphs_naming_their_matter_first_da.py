"""A Danish news paragraph may name its matter in its first sentence ("Forslaget om at lukke Vestskolen blev ikke
færdigbehandlet.", "Planen om ... kom ikke til afstemning.") and report the decision in the next, by a word that
only refers back ("Sagen blev sendt tilbage til udvalget", "Punktet blev udsat"): the row is named by that matter
(models/votes/da.json news `paragraph_matters`), not by the bare reference, when the headline above shares no word
with the paragraph. Look-alikes: a decision naming its own object keeps it; a headline naming the matter still
names the row. All pages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import NEWS, votes


def _subjects(headline: str, paragraph: str) -> list[str | None]:
    return [r.subject for r in votes(NEWS["da"] + headline + "\n" + paragraph + "\n", "da")]


@pytest.mark.parametrize(
    ("headline", "paragraph", "matter"),
    [
        (
            "Må vente til efteråret",
            "Forslaget om at lukke Vestskolen blev ikke færdigbehandlet. Sagen blev sendt tilbage til Børne- og "
            "Skoleudvalget, som skal undersøge skolevejene.",
            "Forslaget om at lukke Vestskolen",
        ),
        (
            "Ingen afgørelse endnu",
            "Planen om en ny busterminal ved stationen kom ikke til afstemning. Punktet blev udsat til næste møde.",
            "Planen om en ny busterminal ved stationen",
        ),
        (
            "Parkering må vente",
            "Ønsket om flere p-pladser ved havnen var oppe at vende i aften. Sagen blev sendt tilbage til Teknik- "
            "og Miljøudvalget.",
            "Ønsket om flere p-pladser ved havnen",
        ),
        (
            "Først efter sommerferien",
            "- Forslaget om gratis morgenmad i indskolingen blev drøftet længe. Sagen blev udsat.",
            "Forslaget om gratis morgenmad i indskolingen",
        ),
        (
            "Ikke afgjort",
            "Spørgsmålet om nye distriktsgrænser i Nordby er stadig åbent. Sagen blev udsat til næste møde.",
            "Spørgsmålet om nye distriktsgrænser i Nordby",
        ),
    ],
)
def test_a_bare_reference_is_named_by_the_matter_its_paragraph_opens_with(headline, paragraph, matter):
    assert _subjects(headline, paragraph) == [matter]


def test_a_decision_naming_its_own_object_keeps_it():
    subjects = _subjects(
        "Penge til idræt",
        "Forslaget om en ny hal i Tarp blev drøftet. Byrådet godkendte en anlægsbevilling på 2 mio. kr. til "
        "kunstgræsbanen i Nørreby.",
    )
    assert subjects and not any(s and s.startswith("Forslaget om") for s in subjects)


def test_a_headline_naming_the_matter_still_names_the_row():
    subjects = _subjects(
        "Vestskolen må vente",
        "Forslaget om at lukke Vestskolen blev ikke færdigbehandlet. Sagen blev sendt tilbage til udvalget.",
    )
    assert subjects == ["Vestskolen må vente"]

"""A decision line that gives only the manner and the outcome is about the agenda point it stands under.

Besluitenlijsten write 'Besluit: ongewijzigd vastgesteld.' under the previous minutes, 'Besluit: bij acclamatie
benoemd.' under an appointment, 'Uitslag: zonder wijzigingen goedgekeurd' under a regulation: the words left as a
subject name how it was decided, not what; the row is about the point's title.

Look-alikes: a decision sentence that names its matter ('De agenda wordt ongewijzigd vastgesteld.', 'De raad
benoemt mevrouw Jansen bij acclamatie tot lid.') keeps its words.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = (
    "Besluitenlijst van de openbare vergadering van de gemeenteraad van Testdorp\ngehouden op maandag 23 maart 2026\n\n"
)


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (
            "4.   Besluitenlijst van de raadsvergadering van 16 februari 2026\n"
            "     Besluit: ongewijzigd vastgesteld.\n",
            "Besluitenlijst van de raadsvergadering van 16 februari 2026",
        ),
        (
            "5.2  Benoeming lid rekenkamercommissie (de heer K. Smit)\n     Besluit: bij acclamatie benoemd.\n",
            "Benoeming lid rekenkamercommissie (de heer K. Smit)",
        ),
        ("7. Verordening marktgelden 2027\nBesluit: zonder wijzigingen goedgekeurd.\n", "Verordening marktgelden 2027"),
        ("3. Notulen van 12 januari 2026\nBeslissing: Ongewijzigd aangenomen\n", "Notulen van 12 januari 2026"),
        (
            "8. Benoeming plaatsvervangend griffier\nBesluit: bij schriftelijke stemming benoemd.\n",
            "Benoeming plaatsvervangend griffier",
        ),
        (
            "6. Aanwijzing lid Veiligheidsregio\nBesluit: bij acclamatie aangewezen.\n",
            "Aanwijzing lid Veiligheidsregio",
        ),
    ],
)
def test_a_manner_and_outcome_line_is_about_the_point(item: str, title: str) -> None:
    assert outcomes(HEAD + item, "nl") == [("adopted", title)]


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        (
            "2. Vaststelling van de agenda\nBesluit: De agenda wordt ongewijzigd vastgesteld.\n",
            "De agenda wordt ongewijzigd vastgesteld",
        ),
        (
            "5. Benoeming lid rekenkamercommissie\nBesluit: De raad benoemt mevrouw Jansen bij acclamatie tot lid.\n",
            "De raad benoemt mevrouw Jansen bij acclamatie tot lid",
        ),
    ],
)
def test_a_decision_sentence_naming_its_matter_keeps_its_words(item: str, subject: str) -> None:
    assert outcomes(HEAD + item, "nl") == [("adopted", subject)]

"""A marked list of themes with an item broken at its line end by the PDF export ("2. Grensoverschrijdende" /
"arbeidsmarkt" / "3. Europese fondsen"): the wrapped words stay with their item and the list reads on to its
last item. Look-alikes: a lower-case line after the list's last item is running text, and a numbered list
whose numbering breaks after the wrapped line ends there. Texts written for these tests."""

from __future__ import annotations

import pytest

WRAPPED = [
    (
        "nl",
        "Koers internationaal 2025-2028\n\nPrioriteiten\nHet college kiest drie prioriteiten:\n"
        "1. Technologie en innovatie\n2. Grensoverschrijdende\narbeidsmarkt\n3. Europese fondsen\n\n"
        "Visie\nDe stad is een internationale stad.\n",
        ["Technologie en innovatie", "Grensoverschrijdende arbeidsmarkt", "Europese fondsen"],
    ),
    (
        "nb",
        "Internasjonal strategi\n\nSatsingsområder\nKommunen har fire satsingsområder:\n• Klima, miljø og\n"
        "  bærekraft\n• Kultur\n• Utdanning og\nkompetanse\n• Helse\n\nOppfølging\nRådmannen rapporterer årlig.\n",
        ["Klima, miljø og bærekraft", "Kultur", "Utdanning og kompetanse", "Helse"],
    ),
    (
        "da",
        "Strategi for internationalt samarbejde\n\nIndsatsområder\nVi arbejder med tre indsatsområder:\n"
        "- Grøn omstilling og\n  klimatilpasning\n- Unge og uddannelse\n- Sundhed\n\nOpfølgning\nByrådet følger op.\n",
        ["Grøn omstilling og klimatilpasning", "Unge og uddannelse", "Sundhed"],
    ),
    (
        "nn",
        "Plan for internasjonalt arbeid\n\nSatsingsområde\nHeradet prioriterer tre satsingsområde:\n"
        "1. Berekraftig\nreiseliv\n2. Kultur og frivilligheit\n3. Folkehelse og\nidrett\n\n"
        "Økonomi\nArbeidet er finansiert over budsjettet.\n",
        ["Berekraftig reiseliv", "Kultur og frivilligheit", "Folkehelse og idrett"],
    ),
    (
        "nl",
        "Europastrategie\n\nSpeerpunten\nDe gemeente werkt aan de volgende speerpunten:\n"
        "a. Duurzame\nmobiliteit\nb. Sociale inclusie\nc. Digitale\ndienstverlening\n\n"
        "Uitvoering\nHet college rapporteert.\n",
        ["Duurzame mobiliteit", "Sociale inclusie", "Digitale dienstverlening"],
    ),
]

ENDED = [
    (
        "da",
        "Strategi\n\nIndsatsområder\nVi har to indsatsområder:\n1. Erhverv\n2. Kultur og\nidræt\n\n"
        "Arbejdet følges op af byrådet.\n",
        ["Erhverv", "Kultur og idræt"],
    ),
    (
        "nb",
        "Strategi\n\nSatsingsområder\nKommunen har to satsingsområder:\n1. Næring\n2. Ungdom og\nkultur\n"
        "4. Oppfølging skjer årlig.\n",
        ["Næring", "Ungdom og kultur"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), WRAPPED)
def test_a_wrapped_item_keeps_its_words_and_the_list_reads_on(labels, language, text, expected):
    assert labels(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), ENDED)
def test_the_list_ends_at_its_last_item_or_where_the_numbering_breaks(labels, language, text, expected):
    assert labels(text, language) == expected

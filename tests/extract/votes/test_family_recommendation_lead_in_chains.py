"""A recommendation's lead-in chain is never the subject: the first thing recommended is.

"Direktionen indstiller over for Økonomiudvalget og Byrådet, at Teknik- og Miljøudvalget anbefaler, at der
gives en anlægsbevilling på 6,4 mio. kr.": every link up to the last 'at' that starts the content is who
recommends to whom; a committee approving it is about "at der gives en anlægsbevilling på 6,4 mio. kr.".
With several points ("at X, og at Y" on one line or one a line) the first point is the subject. Look-alikes:
a recommendation without a lead-in keeps its sentence; a lone 'at' clause inside the content is no new point.
Danish committee steps are about the case title (`step_subject_from`), so the Danish cases read the
recommendation's first sentence itself: what a bare decision beside it adopts.
"""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.votes.lexicon import lexicon
from pipeline.extract.votes.section import section_text
from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\n\nMødedato: 24. marts 2026\n\n87. Anlægsbevilling til Skovvej\n\nIndstilling\n",
    "nb": "Kommunestyret\n\nMøtedato: 26.03.2026\n\nPS 21/26 Budsjettjustering\n\nInnstilling:\n",
    "nn": "Kommunestyret\n\nMøtedato: 26.03.2026\n\nPS 21/26 Budsjettjustering\n\nInnstilling:\n",
}
APPROVAL = {
    "da": "\n\nBeslutning\nGodkendt.\n",
    "nb": "\n\nVedtak:\nSom innstillingen.\n",
    "nn": "\n\nVedtak:\nSom innstillinga.\n",
}


@pytest.mark.parametrize(
    ("language", "recommendation", "subject"),
    [
        (
            "da",
            "Direktionen indstiller over for Økonomiudvalget og Byrådet, at Teknik- og Miljøudvalget anbefaler, "
            "at der gives en anlægsbevilling på 6,4 mio. kr.",
            "at der gives en anlægsbevilling på 6,4 mio. kr.",
        ),
        (
            "da",
            "Forvaltningen foreslår, at Teknik- og Miljøudvalget over for Økonomiudvalget og Byrådet anbefaler, "
            "at der frigives 2 mio. kr. til vejen.",
            "at der frigives 2 mio. kr. til vejen.",
        ),
        (
            "da",
            "Direktionen indstiller, at Økonomiudvalget indstiller til Byrådet, at lokalplanen vedtages endeligt.",
            "at lokalplanen vedtages endeligt.",
        ),
        (
            "da",
            "Teknik- og Miljøforvaltningen indstiller til Teknik- og Miljøudvalget at "
            "anbefale, at projektet godkendes.",
            "at projektet godkendes.",
        ),
        (
            "da",
            "Direktionen indstiller, at Børne- og Ungeudvalget anbefaler Byrådet,\nat skolen udvides med fire "
            "klasser, og\nat der afsættes 12 mio. kr. i 2027.",
            "at skolen udvides med fire klasser",
        ),
        (
            "da",
            "Direktionen indstiller,\nat der gives en anlægsbevilling på 1,2 mio. "
            "kr., og\nat rådighedsbeløbet frigives.",
            "at der gives en anlægsbevilling på 1,2 mio. kr.",
        ),
        (
            "da",
            "Direktionen indstiller over for Økonomiudvalget og Byrådet,\nat der gives "
            "en anlægsbevilling på 6,4 mio. kr.",
            "at der gives en anlægsbevilling på 6,4 mio. kr.",
        ),
        (
            "nb",
            "Kommunedirektøren tilrår at formannskapet anbefaler, at kommunestyret vedtar budsjettjusteringen.",
            "at kommunestyret vedtar budsjettjusteringen.",
        ),
        (
            "nb",
            "Kommunedirektøren tilrår:\nat formannskapet anbefaler, at kommunestyret vedtar budsjettjusteringen.",
            "at kommunestyret vedtar budsjettjusteringen.",
        ),
        (
            "nn",
            "Kommunedirektøren rår til at formannskapet tilrår, at kommunestyret vedtek budsjettjusteringa, "
            "og at det vert sett av 2 mill. kr.",
            "at kommunestyret vedtek budsjettjusteringa",
        ),
    ],
)
def test_a_committee_approving_a_chained_recommendation_is_about_its_first_point(language, recommendation, subject):
    assert _recommended(language, recommendation) == subject


def _recommended(language: str, recommendation: str) -> str | None:
    """What a bare approval of `recommendation` adopts: the row's subject, or (da) the first sentence itself."""
    if language != "da":
        (row,) = votes(HEAD[language] + recommendation + APPROVAL[language], language)
        return row.subject
    text = document_from_text(HEAD["da"] + recommendation + APPROVAL["da"], language="da", municipality="Testby").text
    return section_text(text, 0, [], None, lexicon("da")).proposal_sentence(lexicon("da"))


@pytest.mark.parametrize(
    ("recommendation", "subject"),
    [
        ("Direktionen indstiller, at budgettet godkendes.", "at budgettet godkendes."),
        ("Lokalplanen vedtages endeligt.", "Lokalplanen vedtages endeligt."),
        (
            "Direktionen indstiller, at det godkendes, at skolen udvides.",  # 'at' inside the content, no comma point
            "at det godkendes, at skolen udvides.",
        ),
    ],
)
def test_a_recommendation_without_a_chain_keeps_its_sentence(recommendation, subject):
    assert _recommended("da", recommendation) == subject


@pytest.mark.parametrize(
    ("recommendation", "subject"),
    [
        (
            "Administrationen indstiller, at Miljøudvalget anbefaler\nByrådet,\n  a) at tillægget godkendes, og\n"
            "  b) at forslaget sendes i høring i 8 uger.",
            "at tillægget godkendes",
        ),
        (
            "Administrationen indstiller til Økonomiudvalget at anbefale\nKommunalbestyrelsen,\n"
            "1. at regnskabet tages til efterretning\n2. at der gives en tillægsbevilling på 2 mio. kr.",
            "at regnskabet tages til efterretning",
        ),
        (
            "Direktøren indstiller,\n- at planen sendes i offentlig høring i 6 uger,\n"
            "- at høringssvar forelægges udvalget.",
            "at planen sendes i offentlig høring i 6 uger",
        ),
        (
            "Forvaltningen indstiller, at Teknik- og Miljøudvalget over for\nØkonomiudvalget og Byrådet anbefaler,\n"
            "– at der frigives 3 mio. kr. til cykelstien\n– at arbejdet udbydes i efteråret.",
            "at der frigives 3 mio. kr. til cykelstien",
        ),
        (
            "Direktionen indstiller, at udvalget anbefaler\nKommunalbestyrelsen,\n"
            "1) at skolen udvides med to klasselokaler.",
            "at skolen udvides med to klasselokaler",
        ),
    ],
)
def test_a_lead_in_wrapped_over_lines_gives_the_first_point(recommendation, subject):
    assert _recommended("da", recommendation) == subject

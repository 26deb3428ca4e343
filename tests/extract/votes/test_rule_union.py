"""The rule union skips rules whose words a window lacks and keeps the priority rule of the alternation:
at each position the first rule in file order that matches wins, and scanning resumes after it."""

from __future__ import annotations

import re
import sys
from re import _parser

import pytest

from pipeline.extract.votes.lexicon import lexicon
from pipeline.extract.votes.union import Union, UnionMatch
from pipeline.text.literals import LETTERS, fold, required_words, words_of

SENTENCES = {
    "da": [
        "Et enigt udvalg godkendte indstillingen.",
        "Forslaget fik 5 stemmer og blev vedtaget.",
        "Ændringsforslaget fik kun 3 stemmer og bortfaldt. Indstillingen blev herefter vedtaget.",
        "Ad 1) Godkendt\nAd 2) Ikke godkendt",
        "FOR STEMTE 7 (A, V)\nIMOD STEMTE 4 (O)\nUDVALGET GODKENDTE INDSTILLINGEN.",
        "Sagen blev udsat. Kan ikke anbefales.\n\nByrådet vedtog klimaplanen med 17 stemmer mod 10.",
    ],
    "nb": [
        "Votering:\n\nDermed ble tilleggsforslag ikke vedtatt.\n",
        "Innstillingen ble enstemmig vedtatt.\nFor forslaget stemte 2: Kari Lie (H), Ola Dahl (FrP)",
        "Forslaget fra SV falt mot 5 stemmer. Saken ble utsatt.",
    ],
    "nn": [
        "Kommunestyret vedtok i sak 45/22 å greie ut saka.",
        "Bystyret vedtok budsjettet med 35 mot 32 stemmer.\nFramlegget fekk 6 røyster og fall.",
    ],
    "nl": [
        "Unaniem aangenomen",
        "Uitslag: verworpen\nHet amendement wordt met 18 stemmen voor en 7 tegen aangenomen.",
        "De voorzitter: Kan ik concluderen dat het voorstel met algemene stemmen is aangenomen? Dat is het geval.",
        "Conform besloten.\nStemverhouding: 17-10",
    ],
}


def _unions(language: str) -> list[Union]:
    lex = lexicon(language)
    return [lex.clause_union, lex.tally_union] + ([lex.consent.proposals] if lex.consent else [])


def _alternation_scan(union: Union, text: str) -> list[tuple[int, tuple[int, int], dict[str, str]]]:
    """What scanning the rules as one alternation gives (groups prefixed per rule): the reference."""
    parts = []
    for i, regex in enumerate(union.patterns):
        renamed = re.sub(r"\(\?P([<=])(\w+)", lambda m, i=i: f"(?P{m.group(1)}p{i}_{m.group(2)}", regex.pattern)
        parts.append(f"(?P<p{i}>{renamed})")
    found = []
    for m in re.finditer("|".join(parts), text, re.MULTILINE):
        index = int(m.lastgroup[1:])
        prefix = f"p{index}_"
        groups = {k[len(prefix) :]: v for k, v in m.groupdict().items() if v is not None and k.startswith(prefix)}
        found.append((index, m.span(), groups))
    return found


def _spans(matches: list[UnionMatch]) -> list[tuple[int, tuple[int, int], dict[str, str]]]:
    return [(index, m.span(), groups) for index, m, groups in matches]


def test_two_rules_matching_at_one_position_the_earlier_wins() -> None:
    union = lexicon("da").clause_union
    text = "Et enigt udvalg godkendte indstillingen."
    both = [i for i, pattern in enumerate(union.patterns) if pattern.match(text)]
    assert len(both) == 2  # "et enigt udvalg ..." and "<collective> godkendte ...": both read the sentence
    wins = [(both[0], {"unanimous": "enigt", "subject": "indstillingen"})]
    assert [(i, g) for i, _, g in union.finditer(text)] == wins


def test_scanning_resumes_after_the_match_so_a_rule_inside_it_is_not_read() -> None:
    union = lexicon("da").clause_union
    text = "Forslaget fik 5 stemmer og blev vedtaget."
    inner = text.index("blev")
    inside = [i for i, pattern in enumerate(union.patterns) if pattern.match(text, inner)]
    assert inside  # "blev vedtaget" alone is a vote phrase
    found = list(union.finditer(text))
    assert [(m.start(), m.end()) for _, m, _ in found] == [(0, len(text) - 1)]
    assert found[0][2] == {"subject": "Forslaget", "for": "5"}


def test_a_rule_whose_words_are_absent_is_not_tried_one_whose_words_are_present_matches() -> None:
    union = lexicon("da").clause_union
    text = "Forslaget fik 5 stemmer og faldt."
    adopted = [i for i, need in enumerate(union.needs) if any("vedtaget" in words for words in need)]
    tried = union.candidates(text)
    assert adopted and not set(adopted) & set(tried)  # no adoption word in the window: those rules stay out
    found = list(union.finditer(text))
    assert [g for _, _, g in found] == [{"subject": "Forslaget", "for": "5"}]
    assert found[0][0] in tried and lexicon("da").clauses[found[0][0]].outcome == "rejected"


def test_only_the_window_is_read_for_the_words() -> None:
    union = lexicon("da").clause_union
    text = "Forslaget fik 5 stemmer og faldt.\nIndstillingen blev vedtaget."
    second = (text.index("Indstillingen"), len(text))
    assert [m.start() for _, m, _ in union.finditer(text, [second])] == [text.index("blev")]
    assert [m.start() for _, m, _ in union.finditer(text, [(0, second[0])])] == [0]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_the_scan_equals_the_alternation_on_every_rule_union(language: str) -> None:
    for union in _unions(language):
        for text in SENTENCES[language]:
            assert _spans(list(union.finditer(text))) == _alternation_scan(union, text)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_union_reads_each_rule_s_words_from_its_one_parse_as_from_the_compiled_rule(language: str) -> None:
    for union in _unions(language):
        assert union.needs == tuple(words_of(_parser.parse(p.pattern, p.flags)) for p in union.patterns)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_rule_that_matches_always_has_its_words_in_the_text(language: str) -> None:
    for union in _unions(language):
        for text in SENTENCES[language]:
            matching = {i for i, pattern in enumerate(union.patterns) if pattern.search(text)}
            assert matching <= set(union.candidates(text))
            assert union.search(text) == bool(matching)


def test_the_words_of_a_vote_phrase_after_a_lazy_subject() -> None:
    pattern = r"(?P<subject>[A-ZÆØÅ][^.\n]{1,120}?)\s+(?:fik|opnåede)\s+(?P<for>\d{1,3})\s+stemmer?"
    assert required_words(pattern) == (frozenset({"fik", "opnåede"}), frozenset({"stemme"}))


def test_optional_and_short_parts_require_nothing() -> None:
    assert required_words(r"[Vv]ed(?:\s+afstemning)?") == (frozenset({"ved"}),)
    assert required_words(r"(?:\w+\s+)?er\b") == ()
    assert required_words(r"\d+\s+(?:imod|mod|-)\s+\d+") == ()  # "-" is one of the ways: no word is required


def test_case_insensitive_parts_are_found_in_any_case() -> None:
    union = Union([r"(?i:vedtaget)", r"Vedtaget"])
    assert union.needs == ((frozenset({"vedtaget"}),), (frozenset({"vedtaget"}),))
    assert [(i, m.group()) for i, m, _ in union.finditer("VEDTAGET og Vedtaget")] == [(0, "VEDTAGET"), (0, "Vedtaget")]


def test_a_rule_that_can_match_nothing_is_rejected() -> None:
    with pytest.raises(ValueError, match="empty string"):
        Union([r"vedtaget", r"(?:enstemmig)?"])


def test_every_character_ignorecase_matches_to_a_word_letter_folds_to_that_letter() -> None:
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert len(fold(every)) == len(every)
    for letter in LETTERS:
        for char in re.compile(re.escape(letter), re.IGNORECASE).findall(every):
            assert fold(char) == fold(letter), (hex(ord(char)), letter)

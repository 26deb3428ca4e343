"""Rule patterns compiled once per process (pipeline.rules.compiled) are the patterns re.compile gives."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.actions.rules import lexicon as action_lexicon
from pipeline.extract.partner_cities.lexicon import lexicon as partner_lexicon
from pipeline.extract.votes.lexicon import lexicon as vote_lexicon
from pipeline.rules.compiled import _COMPILED, compile_rule, regex
from pipeline.text.literals import need_of, required_words

SAMPLES = [
    (r"(?<!\w)(?P<who>[A-ZÆØÅ]\w+) (?:stemte|stemde) (?P<how>for|imod|mot|tegen)(?!\w)", re.MULTILINE),
    (r"^\s*(?:Sag|Sak|Agendapunt)\s+(?P<number>\d+)[./](?P<year>\d{2,4})\s*:", re.IGNORECASE | re.MULTILINE),
    (r"(?i:vedtaget|vedteke|aangenomen)(?:\s+med\s+(?P<for>\d+)\s+mod\s+(?P<against>\d+))?", 0),
    (r"(?s:.{0,40}?)(?:venskabsby|vennskapsby|zusterstad)", 0),
    (r"(\w+)\s+\1", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_a_rule_compiled_from_its_one_parse_equals_re_compile(pattern: str, flags: int) -> None:
    """Equal patterns share text, flags and program: the compiled code is the one re.compile builds."""
    compiled = compile_rule(pattern, flags)
    fresh = re.compile(pattern, flags)
    assert compiled.regex == fresh
    assert (compiled.regex.groupindex, compiled.regex.groups) == (fresh.groupindex, fresh.groups)
    assert compiled.need == required_words(pattern, flags)
    assert need_of(compiled.regex) == compiled.need


def test_a_pattern_is_compiled_once_for_every_caller() -> None:
    assert regex(r"(?<!\w)Byrådet(?!\w)", re.I) is regex(r"(?<!\w)Byrådet(?!\w)", re.I)
    assert compile_rule(r"(?<!\w)Bystyret(?!\w)").regex is regex(r"(?<!\w)Bystyret(?!\w)")


def test_only_a_pattern_that_cannot_be_empty_is_marked_so() -> None:
    assert compile_rule(r"(?:for|imod)?").empty
    assert not compile_rule(r"(?:for|imod)").empty


def test_a_python_whose_private_compiler_differs_compiles_the_plain_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """compile_rule builds from the parse with CPython's private _sre.compile; where its signature differs, the
    rule is still compiled, by re.compile, with the same required words."""

    def other_signature(*_args: object) -> re.Pattern[str]:
        raise TypeError("compile() takes exactly 5 arguments")

    monkeypatch.setattr("pipeline.rules.compiled._from_tree", other_signature)
    pattern = r"(?<!\w)(?:Kommunestyret|Heradsstyret) (?:vedtok|vedtek) (?P<what>\w+)"
    compiled = compile_rule(pattern, re.IGNORECASE)
    assert compiled.regex == re.compile(pattern, re.IGNORECASE)
    assert compiled.regex.match("heradsstyret vedtek budsjettet").group("what") == "budsjettet"
    assert compiled.need == required_words(pattern, re.IGNORECASE)


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_every_rule_pattern_a_language_builds_equals_re_compile(language: str) -> None:
    """Over the real rule files: every pattern the shared cache holds after building a language's lexicons."""
    vote_lexicon(language), partner_lexicon(language), action_lexicon(language)
    held = list(_COMPILED.items())
    assert len(held) > 500
    for (pattern, flags), compiled in held:
        assert compiled == re.compile(pattern, flags), pattern[:80]

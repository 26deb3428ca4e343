"""The issuing municipality of a document, validated against a catalogue of municipalities.

A capitalised word before "Kommune" or after "Gemeente" is only a candidate: it counts when the
catalogue (models/metadata/municipalities.csv, built from the official lists of Denmark, Norway,
the Netherlands and Flanders) knows it, so "Den Kommune" or "Gemeente Nieuws" never become
issuers and "Københavns Kommune" resolves to "København". Evidence is weighed: the source URL's
host, a local file's name, issuer phrases ("X Kommune", "Gemeente X", "Byrådet i X"), e-mail addresses and web
domains in the text ("@x.kommune.no", "www.x.dk"), portal and archive title lines ("Raadsinformatie
Leeuwarden", "Bergen op Zoom: 1926-1996 | pagina 275"), adjectives before a council word ("de Amersfoortse
raad"), weaker phrases about a municipality's places or residents ("de kernen van X"), and, weakest,
plain mentions of a known name.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from pipeline.rules import load_csv
from pipeline.text.gated import Gated, gated
from pipeline.text.metadata_rules import IssuerRules

CATALOGUE_FILE = "metadata/municipalities.csv"
# Letters folded in web addresses: each may be written in more than one way ("ø" -> "o" or "oe").
_HOST_FOLDS = {"æ": ("ae",), "ø": ("o", "oe"), "å": ("a", "aa"), "ä": ("a", "ae"), "ö": ("o", "oe"), "ü": ("u", "ue")}
_HOST = re.compile(r"(?:https?://|www\.|@)(?P<host>[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)
_URL = re.compile(r"https?://", re.IGNORECASE)  # a source read by its host; anything else is a local file
_FILE_NAME_PART = re.compile(r"[^\W_]+")
_LONGEST_NAME_PARTS = 4  # "Kaag en Braassem", "Nordre Follo", "Bergen op Zoom"
_TOKEN = re.compile(r"['’]?\w[\w'’]*(?:-\w[\w'’]*)*")


class Municipality(NamedTuple):
    """A catalogue entry: the canonical name and its ISO 3166-1 alpha-2 country."""

    name: str
    country: str


@dataclass(frozen=True)
class Catalogue:
    """Every known written form (casefolded) and web-address slug, mapped to its municipalities."""

    forms: dict[str, tuple[Municipality, ...]]
    slugs: dict[str, tuple[Municipality, ...]]
    name_slugs: dict[str, tuple[Municipality, ...]]  # slugs of names only, without web hosts ("kk", "fmk")
    first_words: dict[str, int]  # first word of a known form -> words in the longest form it opens

    def lookup(self, name: str) -> tuple[Municipality, ...]:
        """Entries for a written form; a genitive "-s" ("Aalborgs", "Bærums") is dropped when needed."""
        key = " ".join(name.split()).casefold()
        found = self.forms.get(key, ())
        if not found and key.endswith("s"):
            found = self.forms.get(key[:-1], ())
        return found


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.casefold())


def slugs(name: str) -> set[str]:
    """The ways a name is written in a host name: lower case, no spaces, hyphens or apostrophes,
    national letters folded every usual way ("Brønderslev" -> "bronderslev", "broenderslev")."""
    base = re.sub(r"[\s'’.-]+", "", _fold(name))
    choices = [_HOST_FOLDS.get(ch, (ch,)) for ch in base]
    variants = {"".join(combo) for combo in itertools.islice(itertools.product(*choices), 16)}
    return {unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode() or v for v in variants}


@cache
def catalogue() -> Catalogue:
    """Loaded once per process from models/metadata/municipalities.csv."""
    forms: dict[str, list[Municipality]] = defaultdict(list)
    name_slugs: dict[str, list[Municipality]] = defaultdict(list)
    host_slugs: dict[str, list[Municipality]] = defaultdict(list)
    for row in load_csv(CATALOGUE_FILE):
        entry = Municipality(row["name"], row["country"])
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            forms[_fold(form)].append(entry)
            for slug in slugs(form):
                name_slugs[slug].append(entry)
        for host in filter(None, (row.get("hosts") or "").split("|")):
            host_slugs[host].append(entry)
    slug_map = {k: name_slugs.get(k, []) + host_slugs.get(k, []) for k in name_slugs.keys() | host_slugs.keys()}

    def unique(table: dict[str, list[Municipality]]) -> dict[str, tuple[Municipality, ...]]:
        return {k: tuple(dict.fromkeys(v)) for k, v in table.items()}

    return Catalogue(unique(forms), unique(slug_map), unique(name_slugs), _first_words(forms))


def _first_words(forms: dict[str, list[Municipality]]) -> dict[str, int]:
    longest: dict[str, int] = {}
    for form in forms:
        words = form.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def mentions(text: str) -> Iterator[tuple[int, str]]:
    """Known names written in the text with a capital (offset, form): the longest known run of words
    starting at each capitalised word, so "Bergen op Zoom" is one mention, not "Bergen"."""
    tokens = list(_TOKEN.finditer(text))
    words = [token.group(0) for token in tokens]
    known = catalogue()
    after = 0  # the token after the last mention: a mention's own words open none
    for index, first in enumerate(words):
        if index < after or not (first[:1] in "'’" or first[:1].isupper()):
            continue
        for size in range(min(known.first_words.get(_fold(first), 0), len(words) - index), 0, -1):
            if _fold(" ".join(words[index : index + size])) in known.forms:
                yield tokens[index].start(), text[tokens[index].start() : tokens[index + size - 1].end()]
                after = index + size
                break


def from_host(host: str, affixes: list[str]) -> tuple[Municipality, ...]:
    """A municipality named by a host ("www.aabenraa.dk", "baerum.kommune.no", "faxekommune.dk",
    "ocmw-destelbergen.be", "stad.gent", "www.kk.dk"): a label equal to a slug or a listed host name,
    or a slug joined to a listed affix."""
    # every label may name it (".gent" is a top-level domain) except "www" and the affix words themselves
    labels = [label for label in host.casefold().split(".") if label != "www" and label not in affixes]
    known = catalogue().slugs
    for label in labels:
        for part in [label.replace("-", ""), *label.split("-")]:
            if part in known:
                return known[part]
            for affix in affixes:
                for stripped in (part.removeprefix(affix), part.removesuffix(affix)):
                    if stripped != part and stripped in known:
                        return known[stripped]
    return ()


def from_source(source: str | None, affixes: list[str]) -> tuple[Municipality, ...]:
    """The municipality named by a source URL: its host first, then a path segment or query value
    that is exactly a municipality's slug (council portals: ".../grimstad/cases/...", "site=Almelo")."""
    if not source or not _URL.match(source):
        return ()
    url = urlsplit(source)
    found = from_host(url.hostname or "", affixes)
    if found:
        return found
    known = catalogue().slugs
    parts = [p for p in url.path.split("/") if p] + [v for _, v in parse_qsl(url.query)]
    for part in parts:
        key = re.sub(r"[\s'’.-]+", "", part.casefold())
        if key in known:
            return known[key]
    return ()


def from_file_name(source: str | None, common_words: frozenset[str]) -> tuple[Municipality, ...]:
    """The municipality a local file is named after ("da-bronderslev-referat-2020-11-18.txt",
    "Midden_Drenthe raadsbesluit.pdf", "strategi-nordre-follo.pdf"): the first, longest run of the name's
    parts that is a municipality's name. Researchers name files this way; a URL is read by its host
    instead. A name that is also an ordinary word ("lier", "goes", "stad") does not count alone."""
    if not source or _URL.match(source):
        return ()
    parts = _FILE_NAME_PART.findall(PurePath(source).stem)
    known = catalogue().name_slugs
    for start in range(len(parts)):
        for size in range(min(_LONGEST_NAME_PARTS, len(parts) - start), 0, -1):
            run = parts[start : start + size]
            if any(part.isdigit() for part in run) or (size == 1 and _fold(run[0]) in common_words):
                continue
            found = next((known[slug] for slug in sorted(slugs(" ".join(run))) if slug in known), ())
            if found:
                return found
    return ()


def hosts_in_text(text: str) -> list[tuple[int, str]]:
    """Web addresses and e-mail domains written in the text, with their offsets."""
    return [(m.start(), m.group("host")) for m in _HOST.finditer(text)]


def prefer(entries: tuple[Municipality, ...], countries: tuple[str, ...]) -> Municipality | None:
    """Of entries sharing a name (Bergen NO/NL), the one in a country the language points to."""
    if not entries:
        return None
    return next((e for e in entries if e.country in countries), entries[0])


_LEAD_REACH = 24  # characters before a phrase searched for a counterpart's lead ("met de ", "samarbejde med ")


@cache
def _counterpart(leads: tuple[str, ...], articles: tuple[str, ...]) -> re.Pattern | None:
    """A lead word right before a phrase, with an article between at most: the phrase names another party."""
    if not leads:
        return None
    article = rf"(?:\s+(?:{'|'.join(articles)}))?" if articles else ""
    return re.compile(rf"(?<!\w)(?:{'|'.join(leads)}){article}\s+$", re.IGNORECASE)


@cache
def _patterns(patterns: tuple[str, ...]) -> tuple[Gated, ...]:
    """Each pattern read only on the lines holding its words: most are one-line phrases around a body word."""
    return tuple(gated(re.compile(p)) for p in patterns)


def _resolve(candidate: str, not_names: frozenset[str]) -> tuple[Municipality, ...]:
    """The catalogue entries a captured phrase names: its longest known run of leading or trailing
    words, so "Strategi Trondheim", "At Aalborg" and "Kaag en Braassem" resolve while "Den" or
    "Nieuws" resolve to nothing."""
    words = [w for w in candidate.split() if w]
    while words and words[0].capitalize() in not_names:
        words = words[1:]
    for size in range(len(words), 0, -1):
        for part in (words[:size], words[-size:]):
            found = catalogue().lookup(" ".join(part))
            if found:
                return found
    return ()


def from_adjective(word: str, endings: list[tuple[str, str]]) -> tuple[Municipality, ...]:
    """The municipality an adjective is made from: an ending swapped for the name's ("Amersfoortse" ->
    "Amersfoort", "Leeuwarder" -> "Leeuwarden", "Groningse" -> "Groningen")."""
    for ending, name_ending in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            found = catalogue().lookup(word[: -len(ending)] + name_ending)
            if found:
                return found
    return ()


def portal_titles(text: str, rules: IssuerRules) -> Iterator[tuple[int, tuple[Municipality, ...]]]:
    """Head lines that name one known municipality and otherwise only portal or archive words, numbers
    and separators ("Raadsinformatie Leeuwarden", "Politiske møter | Bergen kommune", "Bergen op Zoom:
    1926-1996 | 1983 | pagina 275"): the title of the portal page the text was taken from."""
    portal = {_fold(w) for w in rules.portal_words}
    offset, seen = 0, 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            if seen > rules.portal_lines:
                return
            named = list(mentions(line))
            if len({_fold(form) for _, form in named}) == 1:
                start, form = named[0]
                rest = _TOKEN.findall(line[:start] + " " + line[start + len(form) :])
                words = [_fold(w) for w in rest if any(ch.isalpha() for ch in w)]
                if words and all(w in portal for w in words):
                    yield offset + start, catalogue().lookup(form)
        offset += len(line)


class _Tally:
    """Scores per municipality plus whether anything stronger than a plain mention backs it."""

    def __init__(self, countries: tuple[str, ...]) -> None:
        self.countries = countries
        self.scores: dict[Municipality, float] = defaultdict(float)
        self.strong: set[Municipality] = set()
        self.mentions: dict[Municipality, float] = defaultdict(float)

    def add(self, entries: tuple[Municipality, ...], weight: float, *, strong: bool) -> None:
        entry = prefer(entries, self.countries)
        if entry is None:
            return
        self.scores[entry] += weight
        if strong:
            self.strong.add(entry)
        else:
            self.mentions[entry] += weight


def issuer(
    text: str, rules: IssuerRules, countries: tuple[str, ...] = (), source: str | None = None
) -> Municipality | None:
    """The best-supported municipality; None when nothing known is found or no candidate clearly leads.
    `countries` are those the text's language is written in: a municipality elsewhere counts less."""
    tally = _Tally(countries)

    def fade(offset: int) -> float:
        return 1.0 + rules.head_bonus * max(0.0, 1.0 - offset / rules.head_chars)

    tally.add(from_source(source, rules.host_affixes), rules.weights.source, strong=True)
    common = frozenset(_fold(w) for w in rules.common_words)
    tally.add(from_file_name(source, common), rules.weights.file_name, strong=True)
    not_names = frozenset(rules.not_names)
    phrases = [
        (rules.patterns, lambda name: _resolve(name, not_names), rules.weights.phrase),
        (rules.context_patterns, lambda name: _resolve(name, not_names), rules.weights.context),
        (rules.adjective_patterns, lambda name: from_adjective(name, rules.adjective_endings), rules.weights.phrase),
    ]
    counterpart = _counterpart(tuple(rules.counterpart_leads), tuple(rules.counterpart_articles))
    for patterns, resolve, weight in phrases:
        for pattern in _patterns(tuple(patterns)):
            for match in pattern.finditer(text):
                if counterpart and counterpart.search(text, max(0, match.start() - _LEAD_REACH), match.start()):
                    continue  # "Samenwerkingsovereenkomst met de gemeente Lierde": the other party, not the issuer
                tally.add(resolve(match.group("name")), weight * fade(match.start()), strong=True)
    for offset, found in portal_titles(text, rules):
        tally.add(found, rules.weights.phrase * fade(offset), strong=True)
    for offset, host in hosts_in_text(text):
        tally.add(from_host(host, rules.host_affixes), rules.weights.address * fade(offset), strong=True)
    not_issuers = _patterns(tuple(rules.other_bodies + rules.private_addresses))
    # matches come in order: none that starts past the mention window can cover a mention
    reach = rules.mention_chars
    bodies = [
        m.span("name") for p in not_issuers for m in itertools.takewhile(lambda m: m.start() < reach, p.finditer(text))
    ]
    for offset, form in mentions(text[: rules.mention_chars]):
        if _fold(form) not in common and not any(start <= offset < end for start, end in bodies):
            tally.add(catalogue().lookup(form), rules.weights.mention * fade(offset), strong=False)
    scores = {
        entry: score * (1.0 if not countries or entry.country in countries else rules.foreign_factor)
        for entry, score in tally.scores.items()
    }
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < rules.min_ratio * ranked[1][1]):
        return None
    best = ranked[0][0]
    if best not in tally.strong and tally.mentions[best] < rules.min_mention_score:
        return None
    return best

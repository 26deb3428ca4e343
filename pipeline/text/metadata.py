"""Document metadata (municipality, country, doc_type, title) inferred from the text.

All cue words and patterns live in models/metadata/{common,da,nb,nn,nl}.json (schema in
metadata_rules.py); this module only weighs them. The head of a document (its title and first
lines) says more about what the document is and who issued it than its body, so evidence there
counts more. The municipality is checked against a catalogue (municipalities.py) and, when known,
decides the country.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from itertools import islice
from typing import NamedTuple

from pipeline.text import municipalities
from pipeline.text.cue_lines import LineFinder, literals_of
from pipeline.text.literals import LiteralGate
from pipeline.text.metadata_rules import CountryRules, MetadataRules, TitleRules, metadata_rules

_FIRST_SENTENCE = re.compile(r".+?(?:[.!?](?=\s)|$)")
_WORD = re.compile(r"[\w-]+")


def _title_rules() -> TitleRules:
    """Title rules are the same for every language: they live in common.json only."""
    return metadata_rules("und").title


@cache
def _title_patterns() -> dict[str, object]:
    title = _title_rules()
    return {
        "noise": [re.compile(p, re.I) for p in title.noise],
        "headers": [re.compile(p, re.I) for p in title.headers],
        "strip": re.compile(title.strip),
        "date": re.compile(title.date, re.I),
        "banner": re.compile(rf"(?:{'|'.join(title.banners) or '(?!)'})$", re.I),
        "date_lead": frozenset(title.date_lead),
        "fillers": [(re.compile(p, re.I), r) for p, r in title.fillers],
    }


class _TypePatterns(NamedTuple):
    cues: dict[str, re.Pattern]  # cue words per type (a whole word or a compound's end: "collegeprogramma")
    structure: dict[str, list[re.Pattern]]  # line patterns per type (decision blocks, status fields)
    title_frames: dict[str, list[re.Pattern]]  # title patterns per type ("Status for handlingsplanen")
    sections: dict[str, list[re.Pattern]]  # section headings per type ("Viktige hendelser i 2023:")
    literals: dict[str, tuple[str, ...] | None]  # per type, the letters a line needs to show a cue word
    letters: frozenset[str]  # every letter of those literals
    news: re.Pattern | None  # a head cell naming the site's news section ("Forside > Nyheder > Politik")
    topics: list[re.Pattern]  # a title naming only a subject ("Venskabsbyer og internationalt samarbejde")


@cache
def _type_patterns(language: str) -> _TypePatterns:
    conf = metadata_rules(language).doc_type

    def compiled(table: dict[str, list[str]]) -> dict[str, list[re.Pattern]]:
        return {t: [re.compile(p, re.I | re.M) for p in pats] for t, pats in table.items()}

    cues = {t: re.compile(r"\b\w*(?:" + "|".join(words) + r")\b", re.I) for t, words in conf.types.items()}
    literals = {t: literals_of(words) for t, words in conf.types.items()}
    letters = frozenset("".join(lit for lits in literals.values() for lit in lits or ()))
    news = re.compile(r"^(?:\w+\s+)?(?:" + "|".join(conf.news_sections) + r")\b", re.I) if conf.news_sections else None
    return _TypePatterns(
        cues,
        compiled(conf.structure),
        compiled(conf.title_frames),
        compiled(conf.sections),
        literals,
        letters,
        news,
        [re.compile(p, re.I) for p in conf.topic_titles],
    )


def _nonblank_lines(text: str) -> list[str]:
    """The sample's non-blank lines, split once for title and type. Not `Document.lines`: metadata runs in
    `build_document` before the Document exists, and `split_lines` also cuts run-in lists, which would
    move the head-line counts."""
    return [line for line in text.splitlines() if line.strip()]


# "KLEPP KOMMUNE\tNæringsplan", "Stad Eeklo – Meerjarenplan", a letterhead's cells set apart by a wide gap
_HEAD_CELLS = re.compile(r"\t+|\s{3,}|\s+[–|]\s+|\s+-\s+")
_PERIOD = re.compile(r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b")  # "2026-2030", "2024–27"
_LABEL = r"(?P<label>[^\W\d](?:[^\W\d]|[ .-]){0,24}):"  # a field's label: words, no number ("Kapittel 6:")
_FIELD = re.compile(_LABEL + r"\s*(?P<value>.*)")  # "Dato: 20.10.2026"
_ALIGNED_FIELD = re.compile(_LABEL + r"(?:\s{2,}|\t)(?P<value>\S.*)")  # set out in columns: "Til:      Økonomiudvalget"


def _clean(line: str) -> str:
    """The line without markup, and without the issuer's name or the page's path where it opens the line
    ("Københavns Kommune", "Gemeente Tiel – Besluitenlijst ...", "Forside › Politikk › Internasjonalt")."""
    line = _without_issuer(_title_patterns()["strip"].sub("", line).strip())
    if _is_menu(line):
        return ""
    cells = _HEAD_CELLS.split(line)
    if not _is_banner(cells[0]):
        return _ending_at_date(line)
    rest = next((i for i, cell in enumerate(cells) if not _is_banner(cell)), len(cells))
    return "" if rest == len(cells) else _ending_at_date(line[line.index(cells[rest], len(cells[0])) :].strip())


_MENU_CELLS = re.compile(r"\s{3,}|\s+\|\s+|\t+")  # "Borger   Erhverv   Politik", "Home | Bestuur | Contact"


def _is_menu(line: str) -> bool:
    """A site's menu bar or breadcrumb: three or more short undated cells set apart by wide gaps or bars
    ("Menu   Zoeken   Inloggen", "Hovedmeny  |  Søk  |  English"), never a title."""
    cells = [cell for cell in _MENU_CELLS.split(line) if cell]
    return len(cells) >= 3 and all(
        len(cell.split()) <= 3 and not _title_patterns()["date"].search(cell) for cell in cells
    )


def _is_banner(cell: str) -> bool:
    """A head cell naming the issuer ("Gemeente Tiel", "KLEPP KOMMUNE", a known municipality's bare name such as
    "MALDEGEM") or the page's path, never the title."""
    cell = cell.strip()
    return bool(_title_patterns()["banner"].match(cell) or municipalities.catalogue().lookup(cell))


def _without_issuer(line: str) -> str:
    """A letterhead run into the title on one line ("REBILD KOMMUNE Referat – Økonomiudvalget", "Gemeente De Bilt
    Besluitenlijst") without the issuer: a known municipality's name with its word for municipality, followed by a
    capitalised word. A sentence about the municipality ("Gemeente Elburg is lid ...") goes on in lower case."""
    conf = _title_rules()
    words = line.split(" ")
    for k in range(1, min(4, len(words) - 1)):
        named = words[k].lower() in conf.issuer_words and municipalities.catalogue().lookup(" ".join(words[:k]))
        led = words[0].lower() in conf.issuer_leads and municipalities.catalogue().lookup(" ".join(words[1 : k + 1]))
        if (named or led) and words[k + 1][:1].isupper():
            return " ".join(words[k + 1 :])
    return line


def _ending_at_date(line: str) -> str:
    """A title that dates a meeting ends at its date: the hour, room and address after it, and the field label,
    weekday and separators just before it, name no document ("Byrådet – Referat – Mødedato: Tirsdag den 12.
    marts 2026 kl. 17.00, Byrådssalen" is "Byrådet – Referat 12. marts 2026"). A line that is only a date stays."""
    patterns = _title_patterns()
    found = patterns["date"].search(line)
    if not found:
        return line
    lead = patterns["date_lead"]
    words = line[: found.start()].split()
    while words and (words[-1].lower() in lead or words[-1].endswith(":") or not any(c.isalnum() for c in words[-1])):
        words.pop()
    head = " ".join(words).rstrip(",;")
    return f"{head} {found.group()}" if head else line


def _countries(rules: MetadataRules, language: str) -> tuple[str, ...]:
    return tuple(rules.language_countries.get(language, ()))


def municipality(text: str, language: str = "und", source: str | None = None) -> str | None:
    """The issuing municipality's canonical name, or None when nothing known clearly leads."""
    rules = metadata_rules(language)
    found = municipalities.issuer(text, rules.issuer, _countries(rules, language), source)
    return found.name if found else None


def _count(text: str, words: Counter[str], terms: list[str]) -> int:
    """Occurrences of single words (as tokens) and of terms with spaces or signs ("cd&v") as substrings."""
    return sum(words[t] if _WORD.fullmatch(t) else text.count(t) for t in terms)


def country(text: str, language: str, municipality_name: str | None = None) -> str | None:
    """ISO alpha-2: the known municipality's country, else the language's, unless the text's own cues
    clearly point elsewhere (Flemish cues in a Dutch text)."""
    rules = metadata_rules(language)
    if municipality_name:
        entry = municipalities.prefer(municipalities.catalogue().lookup(municipality_name), _countries(rules, language))
        if entry:
            return entry.country
    return _country_from_cues(text, language, rules.country)


def _country_from_cues(text: str, language: str, conf: CountryRules) -> str | None:
    lowered = text.lower()
    words = Counter(_WORD.findall(lowered))
    for rule in conf.overrides:
        strong = rule.strong_weight
        found = _count(lowered, words, rule.cues) + strong * _count(lowered, words, rule.strong_cues)
        against = _count(lowered, words, rule.against) + strong * _count(lowered, words, rule.strong_against)
        if found >= rule.min_cues and found >= rule.min_ratio * against:
            return rule.country
    return conf.by_language.get(language)


def _is_title_like(line: str) -> bool:
    """Short, has letters, is no sentence or lead-in, no web noise, case-number header or genre label."""
    conf = _title_rules()
    words = line.split()
    return (
        any(ch.isalpha() for ch in line)
        and len(line) <= conf.max_chars
        and len(words) <= conf.max_words
        and not (line.endswith(".") and len(words) >= conf.sentence_min_words)
        and not line.endswith(":")  # introduces a list or a field
        and line.lower() not in conf.labels
        and not any(p.search(line) for p in _title_patterns()["noise"] + _title_patterns()["headers"])
    )


def title(text: str) -> str | None:
    """A markdown heading in the head, else its first title-like line that is no running header.

    A line repeated in the head is a running header when a title-like line follows it soon
    (a site banner above the real title); a short title followed by a meeting date line is
    joined with it ("Raadsvergadering – maandag 17 juli 2023"), also across a meeting head's fields
    (the body's field joins, place and hour fields are passed over); a letter's subject field joins
    its genre line. Without any title-like line, the first sentence stands in.
    """
    return _title_of(_nonblank_lines(text)).text


class _Title(NamedTuple):
    text: str | None  # the title as reported
    genre: str | None  # the title line alone, without the subject, body or date joined: what kind of document it is


def _title_of(nonblank: list[str]) -> _Title:
    conf = _title_rules()
    raw = nonblank[: conf.scan_lines]
    cleaned = [_clean(_without_fillers(line)) for line in raw]
    lines = [_unaligned(line) for line in cleaned]
    counts = Counter(lines)
    headings = [i for i, line in enumerate(raw) if line.lstrip().startswith("#") and _is_title_like(lines[i])]
    candidates = [
        i
        for i, line in enumerate(lines)
        if _is_title_like(line)
        and not (counts[line] > 1 and any(_is_title_like(n) and n != line for n in lines[i + 1 : i + 4]))
    ]
    if headings or candidates:
        i = (headings or candidates)[0]
        head = [*cleaned[:i], lines[i], *cleaned[i + 1 :]]  # the fields below the title as they stand
        dated = _ending_at_date(_with_date(head, i)).rstrip(".:")
        return _Title(_with_subject(head, i) or dated, lines[i].rstrip(".:"))
    first = next((line for line in lines if any(ch.isalpha() for ch in line)), None)
    sentence = first and _FIRST_SENTENCE.match(first).group(0)[: conf.max_chars].rstrip(".")
    return _Title(sentence, sentence)


def _without_fillers(line: str) -> str:
    """The title in its usual short form: "Besluitenlijst van de openbare vergadering van de gemeenteraad van
    Delft, gehouden op 29 januari 2026" is "Besluitenlijst gemeenteraad Delft 29 januari 2026"."""
    for pattern, replacement in _title_patterns()["fillers"]:
        line = pattern.sub(replacement, line)
    return line


def _unaligned(line: str) -> str:
    """A header field set out in columns ("Til:      Økonomiudvalget", "Utval:   Formannskapet") names no document,
    unless it names the meeting body or the subject: then its value does."""
    field = _ALIGNED_FIELD.fullmatch(line)
    if not field:
        return line
    conf = _title_rules()
    return field.group("value") if field.group("label").lower() in conf.body_labels + conf.subject_labels else ""


def _with_subject(lines: list[str], i: int) -> str | None:
    """A letter's or extract's head names its subject in a field ("Onderwerp: Voortgang ...", "Emne: ..."):
    the genre line above it and the subject are the title, the subject alone when no title line is above it."""
    conf = _title_rules()
    for k, line in enumerate(lines[: conf.field_lines]):
        field = _FIELD.fullmatch(line)
        if field and field.group("label").strip().lower() in conf.subject_labels and field.group("value").strip():
            subject = field.group("value").strip()
            between = lines[i + 1 if i < k else 1 : k]
            if not all(_FIELD.fullmatch(other) or _title_patterns()["date"].search(other) for other in between):
                return None  # prose between: an item's subject in a list, not the document's
            return conf.separator.join((lines[i], subject)) if i < k else subject
    return None


def _with_date(lines: list[str], i: int) -> str:
    """The title line plus the short lines down to a meeting date within date_lookahead lines: the meeting
    head under a genre title ("Møtebok" / "Organ: Kommunestyret" / "Møtestad: ..." / "Dato: 20.10.2026").
    A field naming the body adds its value, other fields (place, hour) and rules are passed over; the date
    line may be a field or a long line, which the caller cuts at the date."""
    conf = _title_rules()
    date = _title_patterns()["date"]
    if date.search(lines[i]) or len(lines[i].split()) > conf.join_max_words or _PERIOD.search(lines[i]):
        return lines[i]  # a plan's period ("Internationale agenda 2026-2030"): a date below is its adoption's
    parts = [lines[i]]
    plain = 0  # lines between title and date that are no field: one at most (the body under a genre)
    for line in lines[i + 1 : i + 1 + conf.date_lookahead]:
        found = date.search(line)
        field = _FIELD.fullmatch(line)
        if found:
            if len(line[: found.start()].split()) > conf.max_words:
                break
            return conf.separator.join([*parts, line])
        if field and field.group("label").strip().lower() in conf.body_labels:
            body = field.group("value").strip()
            if body.casefold() not in parts[0].casefold():  # "Utval for helse | Protokoll" / "Møte: Utval for helse"
                parts.append(body)
        elif line and not field and any(ch.isalnum() for ch in line):
            plain += 1
            if plain > 1 or not _is_title_like(line):
                break
            parts.append(line)
    return lines[i]


def doc_type(text: str, title_line: str | None, language: str = "und") -> str:
    """Cue words scored by position (title > head lines > body, body capped) plus structure lines
    (decision blocks, vote results, status fields; capped); "other" when no type is strong enough."""
    return _doc_type_of(_nonblank_lines(text), title_line, language)


def _lines_matching(patterns: list[re.Pattern], lines: list[str]) -> int:
    """How many (pattern, line) pairs match: each line counts once per pattern it shows (only the patterns
    whose words the line holds are tried)."""
    gate = _gate(tuple(patterns))
    return sum(bool(patterns[i].search(line)) for line in lines for i in gate.open(line))


def _any_matching(patterns: list[re.Pattern], line: str) -> bool:
    return any(patterns[i].search(line) for i in _gate(tuple(patterns)).open(line))


@cache
def _gate(patterns: tuple[re.Pattern, ...]) -> LiteralGate:
    return LiteralGate(patterns)


_CRUMB_CELLS = re.compile(r"\s*[>›|–]\s*")  # "Forside > Nyheder > Politik", "Nieuws | Gemeente Tynaarlo"
_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")  # a non-empty line, as str.splitlines cuts them


def filed_as_news(text: str, language: str) -> bool:
    """A breadcrumb or page header in the head files the page under the site's news section: a news item
    reporting decisions reads like minutes (votes, "Vedtak") but is no record of them, and its headings
    are news items, not themes. Reads the head's lines only, not the whole sample's (extractors ask per document)."""
    lines = (m.group() for m in _LINE.finditer(text, 0, METADATA_SAMPLE_CHARS))
    head = list(islice((line for line in lines if line.strip()), metadata_rules(language).doc_type.head_lines))
    return _filed_as_news(head, language)


def _filed_as_news(nonblank: list[str], language: str) -> bool:
    news = _type_patterns(language).news
    if news is None:
        return False
    cells = (_CRUMB_CELLS.split(line.strip()) for line in nonblank[: metadata_rules(language).doc_type.head_lines])
    return any(len(row) > 1 and any(news.match(cell) for cell in row) for row in cells)


def _names_a_topic(title_line: str | None, patterns: _TypePatterns) -> bool:
    """The title names a subject and no genre ("Vennskapsbyer og internasjonalt samarbeid"): an information
    page, whose status words and agreements make it no report or programme."""
    return bool(
        title_line
        and any(topic.match(title_line) for topic in patterns.topics)
        and not any(cue.search(title_line) for cue in patterns.cues.values())
    )


def _doc_type_of(nonblank: list[str], title_line: str | None, language: str) -> str:
    conf = metadata_rules(language).doc_type
    patterns = _type_patterns(language)
    if _filed_as_news(nonblank, language) or _names_a_topic(title_line, patterns):
        return "other"
    noise = _title_patterns()["noise"]  # web chrome (cookie banners, page numbers) names no genre
    lines = [line.strip() for line in nonblank if not _any_matching(noise, line)]
    finder = LineFinder(lines, patterns.letters)
    scores: dict[str, float] = defaultdict(float)
    for kind in conf.priority:
        head = body = 0.0
        pattern = patterns.cues.get(kind)
        if pattern is not None:
            if title_line:
                head += conf.title_weight * len(pattern.findall(title_line))
            for i in finder.candidates(patterns.literals.get(kind)):  # lines without them add nothing
                hits = len(pattern.findall(lines[i]))
                if i < conf.head_lines:
                    head += conf.head_weight * hits
                else:
                    body += conf.body_weight * hits
        if title_line and any(frame.search(title_line) for frame in patterns.title_frames.get(kind, [])):
            head += conf.title_frame_weight
        shape = conf.structure_weight * _lines_matching(patterns.structure.get(kind, []), lines)
        sections = conf.section_weight * _lines_matching(patterns.sections.get(kind, []), lines)
        scores[kind] = conf.type_weights[kind] * (
            head + min(body, conf.body_cap) + min(shape, conf.structure_cap) + min(sections, conf.section_cap)
        )
    best = max(conf.priority, key=lambda k: scores[k])
    return best if scores[best] >= conf.min_score else "other"


# Who issued a document and what kind it is show in its first pages; reading further costs
# time on huge inputs (a 20 MB single line) and adds nothing.
METADATA_SAMPLE_CHARS = 200_000


def infer(
    text: str, language: str, source: str | None = None, known_municipality: str | None = None
) -> dict[str, str | None]:
    """Best guess of municipality, country, doc_type and title; None where nothing is found.
    `source` is the path or URL the document came from: a URL's host may name the municipality.
    A `known_municipality` (the manifest's) is not guessed again and decides the country, so a
    foreign town the text names cannot."""
    text = text[:METADATA_SAMPLE_CHARS]
    nonblank = _nonblank_lines(text)  # split once for title and type
    found_title = _title_of(nonblank)
    found_municipality = known_municipality or municipality(text, language, source)
    return {
        "municipality": found_municipality,
        "country": country(text, language, found_municipality),
        "doc_type": _doc_type_of(nonblank, found_title.genre, language),
        "title": found_title.text,
    }

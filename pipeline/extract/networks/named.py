"""Networks no gazetteer knows, named with a network head word in a membership sentence.

"medlem af netværket Kystbyerne", "deltar i Havbyforum", "lid van het netwerk Slimme Dijken",
"joined the Lakeside Cities Network", "member of the Union of Lake Towns": a capitalised name
next to a head word ("netværket X", "X Network", "X-netværket", "Union of X") is a network when
its sentence carries a membership cue near it. Its kind comes from its own words ("Cities" ->
city_network, "Office" -> organisation) and is `other` otherwise. Names of national associations,
agencies and providers (not_networks.csv) and domestic bodies ("regionråd", "omgevingsdienst")
are not networks.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.extract.networks.rules import Cues, excluded

HYPHENS = ("-", "‐", "‑")
_MAX_NAME_TOKENS = 8
_APOSTROPHES = ("'", "’")
_GENITIVES = ("ens", "ets", "ernes", "enes", "'s", "s'")
_APPOSITION_MARKS = ("(", ")", "–", "—", "-", ":")
_EXPLANATION_MARKS = (",", "(", "–", "—", "-", ":")  # a hyphen only when spaced
_EXPLANATION_WORDS = 3  # lowercase words (article, adjectives) before the head: "et regionalt klimanettverk"


@dataclass(frozen=True)
class Named:
    """A candidate network name at tokens [start, end) of the document."""

    start: int
    end: int


def _capitalised(token: Token) -> bool:
    """Starts a name word: a capital, or a digit in a code-like token ("C40", "100RC"), never a year."""
    return token.text[:1].isupper() or (token.text[:1].isdigit() and len(token.text) > 1 and not _year(token))


def _inner(token: Token, cues: Cues) -> bool:
    """A word that may stand inside a name between capitalised words ("of", "for", "&"), not "and"/"og"."""
    text = token.text
    if text in ("&", *HYPHENS):
        return True
    return cues.word_is("connectors", text, literal=True) and not cues.word_is("coordinators", text, literal=True)


def _run_after(doc: Doc, i: int, limit: int, cues: Cues, taken: set[int]) -> int:
    """End of the capitalised run starting at token `i` (inner words allowed, not at its end)."""
    end = i
    while end < limit and end - i < _MAX_NAME_TOKENS and end not in taken:
        if _capitalised(doc[end]) or (_inner(doc[end], cues) and end + 1 < limit and _capitalised(doc[end + 1])):
            end += 1
        else:
            break
    return end


def _run_before(doc: Doc, end: int, floor: int, cues: Cues, taken: set[int]) -> int:
    """Start of the capitalised run ending at token `end` - 1 (inner words allowed, not at its start)."""
    start = end
    while start > floor and end - start < _MAX_NAME_TOKENS and start - 1 not in taken:
        token = doc[start - 1]
        if _capitalised(token) or (_inner(token, cues) and start - 1 > floor and _capitalised(doc[start - 2])):
            start -= 1
        else:
            break
    return start


def _complement(doc: Doc, i: int, limit: int, cues: Cues, taken: set[int]) -> int:
    """End of a "for/of/van + capitalised name" complement after a head word at `i` - 1, or `i` if none."""
    if i < limit and i not in taken and _capitalised(doc[i]) and not _year(doc[i]):
        return _run_after(doc, i, limit, cues, taken)
    if i + 1 < limit and _inner(doc[i], cues) and doc[i].is_alpha and _capitalised(doc[i + 1]) and i + 1 not in taken:
        return _run_after(doc, i + 1, limit, cues, taken)
    return i


def _year(token: Token) -> bool:
    text = token.text.rstrip(".,;:")
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _event_or_owned(doc: Doc, span: Span, cues: Cues) -> bool:
    """ "Klimaforum 2023" is an event; "KL's Klimanetværk", "KS sitt Klimanettverk", "fylkeskommunes
    Klimanettverk", "het provinciale Klimaatplatform" belong to a body."""
    if span.end < len(doc) and _year(doc[span.end]):
        return True
    if span.start == 0:
        return False
    j = span.start - 1
    before = doc[j]
    if before.text == "s" and j > 0 and doc[j - 1].text in _APOSTROPHES:
        j -= 2  # "KL" "'" "s"
    elif before.text in ("'s", "’s", *_APOSTROPHES) or cues.word_is("possessive_markers", before.text, literal=True):
        j -= 1
    elif cues.word_is("not_network_heads", before.text):
        return True
    else:
        return before.is_alpha and before.text.islower() and before.text.endswith("s") and len(before.text) > 4
    return j >= 0 and (excluded(doc[j].text) or doc[j].text.isupper())


def _possessive(doc: Doc, end: int) -> bool:
    """A run ending in a genitive before a lowercase noun ("Handlingsplanens fokus") names no network."""
    last = doc[end - 1].lower_
    return end < len(doc) and doc[end].is_alpha and doc[end].text.islower() and last.endswith(_GENITIVES)


def _bare_head(word: str, cues: Cues) -> bool:
    """A head word on its own ("Netværket", "Network"): no name."""
    return any(
        cues.word_is(name, word, literal=True) for name in ("head_nouns", "named_heads_before", "named_heads_after")
    )


def is_head(token: Token, cues: Cues) -> bool:
    """Could `token` mark a network name next to it? (Cheap first test before a sentence is read.)"""
    low = token.lower_
    if token.text in HYPHENS:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and cues.word_is("named_heads_after", nxt.text)
    heads = ("named_heads_before", "named_heads_after", "named_heads_of", "explanation_heads")
    return any(cues.word_is(name, low) for name in heads)


def explanation(doc: Doc, end: int, limit: int, cues: Cues) -> Span | None:
    """The explanation after a name ending at token `end` whose head is a network word ("Stedenlink, een
    netwerk van Vlaamse steden", "Gate 21 – et partnerskab af kommuner", "X (regionalt klimanettverk for
    verksemder)"): from the head to the clause's end; None when no such explanation follows."""
    if end >= limit or doc[end].text not in _EXPLANATION_MARKS:
        return None
    if doc[end].text in HYPHENS and not doc[end - 1].whitespace_:
        return None  # "Maas-netwerk": a compound, not a dash
    head = explanation_head([t.text for t in doc[end + 1 : min(limit, end + 2 + _EXPLANATION_WORDS)]], cues)
    if head is None:
        return None
    k = end + 1 + head
    stop = next((j for j in range(k + 1, limit) if doc[j].text in (")", ";", ".")), limit)
    return doc[k:stop]


def explanation_head(words: list[str], cues: Cues) -> int | None:
    """Where the network word heading an explanation stands in `words` (what follows a name's dash or comma: "et
    regionalt klimanettverk", "det danske netværk af kommuner"); None when a word that is neither lowercase nor
    generic comes first ("het gezamenlijke Europese kantoor", "det fælles EU-kontor" are generic)."""
    for k, word in enumerate(words[: _EXPLANATION_WORDS + 1]):
        if cues.word_is("explanation_heads", word):
            return k
        if not ((word.isalpha() and word.islower()) or cues.word_is("generic_modifiers", word) or word in HYPHENS):
            return None
    return None


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a name ("Sør-Troms"), not a spaced dash that opens an explanation ("X - et ...")."""
    return token.text in HYPHENS and not token.whitespace_ and not token.nbor(-1).whitespace_


def explained_local(doc: Doc, end: int, limit: int, cues: Cues) -> bool:
    """Is the name ending at token `end` (or its capitalised continuation: "Klimaalliansen Sør-Troms") explained
    as a local body ("X, et lokalt samarbejde mellem virksomheder", "een lokaal samenwerkingsverband van
    bewoners")? A local partnership or covenant is no network."""
    while end < limit and (_capitalised(doc[end]) or _joining_hyphen(doc[end])):
        end += 1
    told = explanation(doc, end, limit, cues)
    return told is not None and bool(cues.find("local_markers", [t.text for t in doc[end + 1 : told.start]]))


def _introduces(doc: Doc, i: int, sentence: Span, cues: Cues) -> bool:
    """The head at `i` names what follows it ('het Brabantse EU-bureau Kempen Brussels'), not what precedes."""
    return i + 1 < sentence.end and _capitalised(doc[i + 1]) and cues.word_is("named_heads_before", doc[i].lower_)


def _beside_known(doc: Doc, i: int, sentence: Span, taken: set[int]) -> bool:
    """A lone compound head word right before or after a known network ("Østersøbynetværket Union of the Baltic
    Cities", "Klimanettverket (ICLEI)", "UBC – Østersøbynetværket"): a description of that network, no second one."""
    after = i + 1
    while after < sentence.end and doc[after].text in _APPOSITION_MARKS:
        after += 1
    before = i - 1
    while before >= sentence.start and doc[before].text in _APPOSITION_MARKS:
        before -= 1
    return after in taken or before in taken


def _qualifies_known(doc: Doc, start: int, floor: int, cues: Cues, taken: set[int]) -> bool:
    """The run after a coordinator that goes back to a known network through capitalised words ('Klimapartnere
    Møre og Romsdal, eit regionalt nettverk'): the end of the network's regional qualifier, no second name."""
    k = start - 1
    if k <= floor or not cues.word_is("coordinators", doc[k].text, literal=True):
        return False
    k -= 1
    while k >= floor and k not in taken and _capitalised(doc[k]):
        k -= 1
    return k in taken and k < start - 2


def _candidates(doc: Doc, sentence: Span, cues: Cues, taken: set[int]) -> list[Named]:
    """Every head-word pattern in `sentence`, outside gazetteer hits (`taken`)."""
    found = []
    for token in sentence:
        i, low = token.i, token.text.lower()
        if i in taken:
            continue
        nxt = doc[i + 1] if i + 1 < sentence.end else None
        if nxt is not None and cues.word_is("named_heads_before", low) and _capitalised(nxt):
            end = _run_after(doc, i + 1, sentence.end, cues, taken)  # "netværket Kystbyerne", "Netwerk Kleine Kernen"
            if not _possessive(doc, end):
                found.append(Named(i + 1 if token.text[:1].islower() or i == sentence.start else i, end))
        elif _capitalised(token) and cues.word_is("named_heads_of", low) and nxt is not None and nxt.lower_ == "of":
            end = _run_after(doc, i + 2, sentence.end, cues, taken)  # "Union of Lake Towns"
            if end > i + 2:
                found.append(Named(i, end))
        elif _capitalised(token) and cues.word_is("named_heads_after", low) and not _introduces(doc, i, sentence, cues):
            start = _run_before(doc, i, sentence.start, cues, taken)  # "Lakeside Cities Network", "Havbyforum"
            end = _complement(doc, i + 1, sentence.end, cues, taken)  # "Netværk for Landdistrikter", "Kystforum Nord"
            lone = start == i and end == i + 1
            if (not lone or not _bare_head(token.text, cues)) and not (lone and _beside_known(doc, i, sentence, taken)):
                found.append(Named(start, end))
        elif token.text in _EXPLANATION_MARKS and explanation(doc, i, sentence.end, cues) is not None:
            start = _run_before(doc, i, sentence.start, cues, taken)  # "Stedenlink, een netwerk van ..."
            if start < i and not _qualifies_known(doc, start, sentence.start, cues, taken):
                found.append(Named(start, i))
        elif (
            token.text in HYPHENS
            and nxt is not None
            and nxt.text[:1].islower()
            and cues.word_is("named_heads_after", nxt.text)
            and not _introduces(doc, i + 1, sentence, cues)
        ):
            start = _run_before(doc, i, sentence.start, cues, taken)  # "Kystbyerne-netværket"
            if start < i:
                found.append(Named(start, i + 2))
    return found


def _body_compound(span: Span, cues: Cues) -> bool:
    """A national body's own network: 'KS-nettverket', 'Danske Regioner-netværket', 'het VNG-netwerk X'."""
    doc = span.doc
    owner = next((doc[span.start : t.i].text for t in span if t.text in HYPHENS and t.i > span.start), None)
    j = span.start - 1
    if owner is None and j >= 2 and doc[j - 1].text in HYPHENS and cues.word_is("named_heads_before", doc[j].lower_):
        owner = doc[j - 2].text
    return bool(owner) and excluded(owner)


def plausible(span: Span, municipality: str | None, cues: Cues) -> bool:
    """A proper name that is no excluded body ('KS-nettverket' is the national body's), domestic body, kind of
    body after an indefinite article, body referred back to ("dette Europæiske Netværk") or the municipality itself."""
    words = [t.text for t in span if not t.is_punct or t.text == "&"]
    text = span.text.casefold()
    if len(text) < 3 or not words or not _capitalised(span[0]):
        return False
    if all(_bare_head(w, cues) or cues.word_is("generic_modifiers", w) for w in words):
        return False  # "Netværket", "EU-kontoret", "Det nordiske netværk"
    if excluded(span.text) or _body_compound(span, cues) or _event_or_owned(span.doc, span, cues):
        return False
    if any(cues.word_is("not_network_heads", t.text) for t in span):
        return False
    if span.start > 0 and cues.word_is("indefinite_articles", span.doc[span.start - 1].text, literal=True):
        return False  # "deltager i et Vækstforum", "een Economic Board": a kind of body, no name
    if span.start > 0 and cues.word_is("back_references", span.doc[span.start - 1].text, literal=True):
        return False  # "lid van deze Duits-Nederlandse Euregio": the body just named, described again
    return not (municipality and municipality.casefold() in text)


MIN_CAPITALS_WORDS = 3  # words of a heading set in capitals; fewer may be a name of acronyms ("KL NETVÆRK")


def _in_capitals(sentence: Span) -> bool:
    """A line set wholly in capitals ("NETVÆRK SOM KOMMUNEN ER MEDLEM AF", "NETWERKEN WAAR ZWOLLE AAN DEELNEEMT"):
    its capitals say nothing of where a name starts or ends."""
    words = [t.text for t in sentence if t.is_alpha and len(t.text) > 1]
    return len(words) >= MIN_CAPITALS_WORDS and all(w.isupper() for w in words)


def named_networks(doc: Doc, sentence: Span, cues: Cues, taken: set[int], municipality: str | None) -> list[Span]:
    """Names with a network head word in `sentence` (the caller has checked its membership cue); a capitalised
    run right after a known network's name goes on with that name ("Klimapartnere Nord-Norge, et regionalt
    klimapartnerskap"): the known network's branch or region, no second network."""
    if _in_capitals(sentence):
        return []  # "NETTVERK DER KOMMUNEN ER MEDLEM": a heading's capitals mark no name
    spans = _outermost([doc[c.start : c.end] for c in _candidates(doc, sentence, cues, taken) if c.end > c.start])
    return [s for s in spans if s.start - 1 not in taken and plausible(s, municipality, cues)]


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop a candidate lying inside a longer one: "World Union of Winter Cities" is read from both of its head
    words ("Union of", "Cities"), and the inner run is the same network cut short, no second one."""
    return [
        s
        for s in spans
        if not any(o is not s and o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in spans)
    ]

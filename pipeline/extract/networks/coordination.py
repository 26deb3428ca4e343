"""Unknown networks named side by side with known ones: "EUniverCities, Nordisk Vejforum og CIVITAS".

A proper name coordinated with gazetteer networks in a qualifying sentence is very
likely a network too, provided the known networks are at least as many as the
unknown names and it names no town; "Aalborg, Baskerlandet og ICLEI" (two places,
one network) is not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.networks.matcher import Hit
from pipeline.extract.networks.named import is_head
from pipeline.extract.networks.rules import Cues
from pipeline.extract.networks.segments import is_proper_name
from pipeline.gazetteers.cities import gazetteer

_NAME_PUNCTUATION = ("(", ")", "-", "&")
PLACE_MIN_POPULATION = 1_000  # a sibling that names a town this big is a place ('samen met Venlo en ...')


def _separator(token: Token, cues: Cues) -> bool:
    return token.text == "," or cues.word_is("coordinators", token.text)


def _name_like(token: Token, inside: set[int], cues: Cues) -> bool:
    return (
        token.i in inside
        or token.text[:1].isupper()
        or token.text[:1].isdigit()
        or token.text in _NAME_PUNCTUATION
        or cues.word_is("connectors", token.text)
    )


def _items(sentence: Span, inside: set[int], cues: Cues) -> list[tuple[int, int]]:
    """Token ranges between separators; a separator inside a known name ("Climate and Energy") does not count."""
    bounds, start = [], sentence.start
    for token in sentence:
        if token.i not in inside and _separator(token, cues):
            bounds.append((start, token.i))
            start = token.i + 1
    bounds.append((start, sentence.end))
    return bounds


def _core(doc: Doc, bounds: tuple[int, int], inside: set[int], cues: Cues, keep_tail: bool) -> tuple[int, int] | None:
    """The item's name-like run: all of it, or its tail (first item) / head (last item)."""
    start, end = bounds
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in ")":
        end -= 1
    while start < end and start not in inside and cues.word_is("connectors", doc[start].text):
        start += 1
    if end <= start:
        return None
    if all(_name_like(t, inside, cues) for t in doc[start:end]):
        return start, end
    if keep_tail:
        s = end
        while s > start and _name_like(doc[s - 1], inside, cues):
            s -= 1
        return (s, end) if s < end else None
    e = start
    while e < end and _name_like(doc[e], inside, cues):
        e += 1
    return (start, e) if e > start else None


def siblings(doc: Doc, sentence: Span, hit: Hit, inside: set[int], starts: set[int], cues: Cues) -> list[Span]:
    """Proper names coordinated with `hit` in `sentence`, when known networks dominate the list."""
    if hit.end - hit.start >= 3 and cues.word_is("place_prepositions", doc[hit.end - 2].text):
        return []  # "EU-kontoret i Nordjylland og Bruxelles": the list continues the place, not the network
    if hit.end + 1 < sentence.end and cues.word_is("connectors", doc[hit.end].text, literal=True):
        if doc[hit.end + 1].text[:1].isupper() and not cues.word_is("coordinators", doc[hit.end].text, literal=True):
            return []  # "Burgemeestersconvenant voor Klimaat en Energie 2030": the 'en' goes on inside the name
    if _qualified(doc, sentence, hit, starts):
        return []  # "Klimapartnere Nordland og Trøndelag": a region's name, its 'og' inside it, qualifies the network
    items = _items(sentence, inside, cues)
    at = next((k for k, (s, e) in enumerate(items) if s <= hit.start < e), None)
    if at is None:
        return []
    chain: list[tuple[int, int]] = []
    for k in range(at, -1, -1):
        core = _core(doc, items[k], inside, cues, keep_tail=True)
        if core is None:
            break
        chain.insert(0, core)
        if core[0] != items[k][0]:
            break
    for k in range(at + 1, len(items)):
        core = _core(doc, items[k], inside, cues, keep_tail=False)
        if core is None:
            break
        chain.append(core)
        if core[1] != items[k][1]:
            break
    known = [c for c in chain if any(i in starts for i in range(*c))]
    unknown = [doc[s:e] for s, e in chain if not any(i in starts for i in range(s, e))]
    if len(known) < len(unknown):
        return []
    return [
        span
        for span in unknown
        if is_proper_name(list(span), cues)
        and not (_place(span) or _generic(span, cues) or _project(span, cues) or _bracket_piece(span))
        and not _modifies_head(span, sentence, cues)
    ]


def _qualified(doc: Doc, sentence: Span, hit: Hit, starts: set[int]) -> bool:
    """A capitalised word right after the known name, itself no known network: a regional branch's qualifier
    ('Klimapartnere Nordland og Trøndelag', 'Klimaatverbond Noord-Holland'), whose own coordinator joins parts of the
    region, not a second network."""
    if hit.end >= sentence.end or hit.end in starts:
        return False
    after = doc[hit.end]
    return after.text[:1].isupper() and after.is_alpha


def _modifies_head(span: Span, sentence: Span, cues: Cues) -> bool:
    """A capitalised adjective before a lowercase network noun ('het Nederlands-Duitse samenwerkingsverband', 'det
    dansk-tyske netværk'): an apposition describing the known network, no second name."""
    if span.end >= sentence.end:
        return False
    after = span.doc[span.end]
    return after.text[:1].islower() and is_head(after, cues)


def _bracket_piece(span: Span) -> bool:
    """A bracket opened or closed but not both ('Arctic)' of 'Interreg NPA (Northern Periphery and Arctic)'): a
    piece of the bracket spelling out the known name, not a name coordinated with it."""
    text = span.text
    return text.count("(") != text.count(")")


def _project(span: Span, cues: Cues) -> bool:
    """A name right after a project head ('Interreg-prosjektet Green Valleys', 'het project Urban Heat') names
    a project, not a network: the programme beside it is the row."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and bool(cues.find("project_heads", [before.text]))


def _generic(span: Span, cues: Cues) -> bool:
    """Only generic words ('de Europese groepering ...' after a network): a description, no name."""
    return all(cues.word_is("generic_modifiers", t.text) or t.is_punct for t in span)


def _place(span: Span) -> bool:
    """The name is a town ('Roermond werkt samen met Venlo en Mönchengladbach in de Euregio ...')."""
    city = gazetteer().lookup(span.text)
    return city is not None and city.population >= PLACE_MIN_POPULATION

"""Who takes part: the issuer named in a sentence, another actor doing so, a status label standing in for a
membership. Split from context.py, which keeps the sentence scope and the cue checks around a mention."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.extract.networks.rules import Cues


def third_party(
    sentence: Span, rules: Cues, municipality: str | None = None, programme: bool = False, named_at: int = -1
) -> bool:
    """Another actor takes part ('En virksomhed i Vejle har fået midler fra Horizon Europe', 'de
    sportvereniging ontving Erasmus+-subsidie') and no word names the municipality as one ('Skive og regionen'
    name it; 'Skive Forsyning' is the town's company). In a `programme`'s sentence the issuer's own schools are
    no other actor ('Ungdomsskolen er partner i Erasmus+-projektet ...'): their project is the issuer's. The word
    right before the network's name (token `named_at`) is the network's own kind ('lidmaatschap van de
    intercommunale X', 'medlemskabet af foreningen X'), no other actor."""
    words = [t.text for t in sentence]
    others = [i for i in rules.find("third_parties", words) if sentence.start + i != named_at - 1]
    if programme:
        others = [i for i in others if not own_institution(words, i, rules)]
    if not others or rules.find("issuer_words", words):
        return False
    return not _town_named(words, municipality, rules, programme)


def own_institution(words: list[str], i: int, rules: Cues) -> bool:
    """`words[i]` names one of the issuer's own schools ('skolen', 'Dragør Skole', 'de basisschool'), not one of a kind
    run by another body ('Den videregående skolen', 'de middelbare school')."""
    return rules.word_is("own_institutions", words[i]) and not (i and rules.word_is("other_school_kinds", words[i - 1]))


def _town_named(words: list[str], municipality: str | None, rules: Cues, programme: bool = False) -> bool:
    """The town's name on its own among `words`: not a word of another body's name ('Skive Museum', 'Stedelijk
    Museum Zutphen'; 'Dragør Skole' is one only outside a programme's sentence), nor a place ('en virksomhed i
    Skive')."""
    name = name_words(municipality)
    for i in range(len(words) - len(name) + 1 if name else 0):
        if [w.casefold() for w in words[i : i + len(name)]] == name:
            before, after = words[i - 1] if i else "", words[i + len(name)] if i + len(name) < len(words) else ""
            at = i + len(name)
            owned = rules.word_is("third_parties", before) or (
                rules.word_is("third_parties", after) and not (programme and own_institution(words, at, rules))
            )
            if not owned and not rules.word_is("place_prepositions", before, literal=True):  # 'en virksomhed i Skive'
                return True
    return False


def outside_names(sentence: Span, inside: set[int]) -> list[str]:
    """The sentence's words, blank where a network name stands (`inside`) or an address is written: the issuer's
    name in 'europa@veere.nl' or 'www.skive.dk/eu' says nothing of what the issuer takes part in."""
    return [t.text if t.i not in inside and not (t.like_url or "@" in t.text) else "" for t in sentence]


def names_issuer(sentence: Span, inside: set[int], municipality: str | None, rules: Cues) -> bool:
    """Does the sentence name the issuer, by its name or as "kommunen", "vi", "de gemeente"?"""
    return issuer_named(outside_names(sentence, inside), municipality, rules)


def issuer_named(words: list[str], municipality: str | None, rules: Cues) -> bool:
    """The issuer's own name or a word for it ('kommunen', 'de gemeente') among `words`."""
    return bool(rules.find("issuer_words", words)) or _own_name(words, municipality)


def _own_name(words: list[str], municipality: str | None) -> bool:
    return bool(municipality) and " ".join(name_words(municipality)) in " ".join(words).casefold()


def name_words(municipality: str | None) -> list[str]:
    """The issuer's name as the words the text is split into, its hyphens words of their own ('Midden-Groningen'
    -> 'midden', '-', 'groningen'; 'Nore og Uvdal' -> three words), folded."""
    return _NAME_WORDS.findall(municipality.casefold()) if municipality else []


def participates(sentence: Span, inside: set[int], municipality: str | None, rules: Cues, programme: bool) -> bool:
    """A participation or membership cue or the municipality's name in the
    sentence, outside network names (`inside`). Project and funding cues count for a `programme`
    only: a project named after a network ("Networking the Covenant of Mayors") is no membership."""
    words = outside_names(sentence, inside)
    cues_at = rules.find("participation", words)
    if not programme:
        cues_at = [i for i in cues_at if not rules.word_is("project_cues", words[i])]
    return bool(cues_at or rules.find("membership", words)) or _own_name(words, municipality)


_HYPHENS = frozenset({"-", "‐", "‑"})
_NAME_WORDS = re.compile(r"[^\s\-‐‑]+|[\-‐‑]")
DENIED_HEAD_WORDS = 3  # 'geen internationaal netwerk', 'ikkje eit internasjonalt nettverk'


def membership_stated(
    sdoc: Doc, sentence: Span, hit: tuple[int, int], inside: set[int], municipality: str | None, rules: Cues
) -> bool:
    """The issuer's membership of the name at tokens `hit`: a membership cue a few words before it, not negated and
    not routed through it, in a sentence naming the issuer or with a membership noun ('De gemeente is lid van de
    VNG', 'Het lidmaatschap van de VVSG', 'lid van ICLEI, VNG en ...'; not 'dat is geen lidmaatschap', 'neemt deel
    aan Eurocities via de VNG', 'De burgemeester is bestuurslid van de VNG', nor 'het VNG-netwerk', the body's own
    network): a national association every municipality works with is no row by cooperating with it, advising it
    or taking part near it."""
    start, end = hit
    if end < len(sdoc) and sdoc[end].text in _HYPHENS and not sdoc[end - 1].whitespace_:
        return False
    lead = [t.text for t in sdoc[max(sentence.start, start - rules.cue_window) : start]]
    stated = any(
        not rules.find("negation", lead[max(0, i - 2) : i])
        and not rules.find("routes", lead[i:])
        and not rules.word_is("board_roles", lead[i])
        for i in rules.find("membership", lead)
    )
    return stated and (
        bool(rules.find("membership_nouns", lead)) or names_issuer(sentence, inside, municipality, rules)
    )


def network_denied(words: list[str], rules: Cues) -> bool:
    """The text says the body is no network ('de VNG is geen internationaal netwerk', 'Dat zijn geen internationale
    netwerken'): a negation with the noun 'network' a few words on."""
    return any(
        rules.find("network_nouns", words[i + 1 : i + 1 + DENIED_HEAD_WORDS]) for i in rules.find("negation", words)
    )


CAMPAIGN_REACH = 8  # 'neemt de stad deel aan de campagne': a cue's object a few words on names a campaign


def label_only(scope: Span, mention: Span, inside: set[int], rules: Cues) -> bool:
    """A status label ('Fairtrade-kommune', 'Fairtrade Gemeente') counts only where the text joins it as a network
    ('medlem af netværket Fair Trade Towns'): certified, awarded or named with it ('blev certificeret som
    Fairtrade-kommune', 'draagt de titel Fairtrade Gemeente') is no membership."""
    if not rules.text_is("labels", mention.text):
        return False
    words = [t.text if t.i not in inside else "" for t in scope]
    cues_at = rules.find("membership", words) + rules.find("participation", words)
    negated = {i for i in cues_at if rules.find("negation", words[max(0, i - 2) : i])}  # 'geen lidmaatschap'
    in_campaign = {i for i in cues_at if rules.find("project_heads", words[i + 1 : i + CAMPAIGN_REACH])}
    counted = [i for i in cues_at if i not in negated | in_campaign]
    return not any(words[i] and not rules.word_is("certification", words[i]) for i in counted)


FUNDED_LEAD_WORDS = 2  # 'Met de' before 'steun van', 'Med' before 'støtte fra': the funding phrase opens the clause


def funds_the_issuer(sentence: Span, inside: set[int], municipality: str | None, rules: Cues) -> bool:
    """'Met de steun van Interreg ... onderzoeken we', '- Vissersdorp 2030: dankzij het EFMZVA vernieuwen we',
    'Med støtte fra Interreg renoverer kommunen havnen': a funding phrase opening the sentence (or the text after
    an item's label) and the issuer named after it as the doer: a programme it takes part in. Funding named later
    in a sentence ('Tre iværksættere fra byen har fået tilskud fra LIFE') is someone else's."""
    words = outside_names(sentence, inside)
    at = rules.find("funding_sources", words)
    if not at:
        return False
    label = max((i for i, w in enumerate(words[: at[0]]) if w.endswith(":")), default=-1)  # '(2024-2027):' is one token
    lead = [w for w in words[label + 1 : at[0]] if w.strip() and w not in "-–•"]
    return len(lead) <= FUNDED_LEAD_WORDS and issuer_named(words[at[0] :], municipality, rules)


AREA_FILLERS = 4  # "midden in de Euregio", "in het hart van de Euregio": words between the preposition and the name
AREA_LEAD = 3  # words before the preposition read for a membership ("deelnemer in de Euregio")


def spoken_of_as_place(sdoc: Doc, sentence: Span, start: int, rules: Cues) -> bool:
    """A body named after the area it covers, spoken of as a place ("Maastricht ligt midden in de Euregio Maas-Rijn",
    "samenwerking met Riemst binnen de Euregio", "Sønderborg ligger i Region Sønderjylland-Schleswig"): where the
    town lies or works, not a membership; unless a membership word or a part taken leads up to the preposition
    ("deelnemer in de Euregio", "er part i Region ...", "actief binnen de Eurometropool"). `start` is the name's
    first token."""
    if not rules.word_is("area_heads", sdoc[start].text):
        return False
    k = start - 1
    while k >= sentence.start and start - k <= AREA_FILLERS and rules.word_is("area_fillers", sdoc[k].text, True):
        k -= 1
    if k < sentence.start or not rules.word_is("area_prepositions", sdoc[k].text, literal=True):
        return False
    lead = [t.text for t in sdoc[max(sentence.start, k - AREA_LEAD) : k + 1]]  # "er part i", "deelnemer in"
    return not (rules.find("membership", lead) or rules.find("area_roles", lead))

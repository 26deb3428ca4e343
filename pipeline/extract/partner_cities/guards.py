"""Precision guards: a relation cue near a city that is still no partner of the issuer.

Another town's relation ('Aarhus' venskabsby Bergen', 'de partnerstad van Eindhoven', 'Nabokommunen
Drammen har en vennskapsby i Kolding'), a relation only proposed, asked for or explored ('undersøge
muligheden for en ny venskabsby'), and a home-country place named as a location ('Lokalrådet i Brædstrup')
are read here, from the cue lists of models/partner_cities/.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extract.partner_cities.blocked import blocked_names
from pipeline.extract.partner_cities.context import touches
from pipeline.extract.partner_cities.layout import Layout, Unit
from pipeline.extract.partner_cities.lexicon import Cue, Lexicon
from pipeline.extract.partner_cities.search import open_patterns
from pipeline.gazetteers.cities import City, gazetteer
from pipeline.gazetteers.names import fold
from pipeline.text.municipalities import catalogue

OWNER_WINDOW = 40  # chars before a cue searched for a genitive owner ('Fredericias venskabsby')
ESTABLISHED_WINDOW = 30  # chars before a cue searched for a definite or possessive word ('vores venskabsby')
OWNER_MIN_POPULATION = 1_000
PROSPECT_REACH = 60  # chars between a proposal word and the relation cue it is about
# a capitalised word right before a cue, a space apart: one name ('Fonds Stedenbanden'); a tab parts table cells
QUESTION_WORD_REACH = 2  # words from a question's start that may be its question word ('Og hvorfor ...')
_WORD = re.compile(r"[^\W\d_]+")
_QUESTION = re.compile(r"[^?]+\?")  # a unit's questions: 'Vennskap med X? Ikkje no' asks, then answers
_NAME_BEFORE = re.compile(r"[A-ZÆØÅÄÖÜ][\w\-]* +$")


def yes_no_questions(sentence: str, question_words: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the questions in a unit that ask whether a relation exists or will ('Vil borgmesteren tage initiativ
    til en venskabsbyaftale med X?', a headline 'Vennskap med X og Y? Ikkje no'): they state none. A question opening
    on a question word ('Hvorfor er X vår vennskapsby?', 'Sinds wanneer ...') takes the relation as given."""
    spans = []
    for m in _QUESTION.finditer(sentence):
        words = _WORD.findall(m.group())[:QUESTION_WORD_REACH]
        if not any(w.lower() in question_words for w in words):
            spans.append(m.span())
    return spans


def other_municipality(name: str, home: str | None, issuer_keys: frozenset[str]) -> bool:
    """A home-country municipality of the catalogue that is not the issuer, a neighbour too ('Holmestrand')."""
    return any(m.country == home and fold(m.name) not in issuer_keys for m in catalogue().lookup(name))


@dataclass
class Guards:
    """Reads, for one document, whose relation a cue names and whether it exists yet."""

    layout: Layout
    lexicon: Lexicon
    issuer_keys: frozenset[str]  # folded spellings of the issuer's names
    home: str | None
    own_town: Callable[[City], bool] = lambda city: False  # a place inside the issuer's area
    owners: list[tuple[int, int]] = field(default_factory=list)  # spans of other towns that own a cue
    own_owners: list[tuple[int, int]] = field(default_factory=list)  # spans of the issuer's own towns owning one
    prospect_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # unit start -> spans
    subject_cache: dict[int, bool] = field(default_factory=dict)  # unit start -> a neighbour's sentence
    above_cache: tuple[set[int], dict[int, int]] = field(default_factory=lambda: (set(), {}))  # _line_above

    def skip_cue(self, cue: Cue, unit: Unit) -> bool:
        """A cue that decides nothing for the issuer: part of an organisation's name or another town's."""
        return self.named(cue, unit) or self.foreign_owned(cue, unit)

    def named(self, cue: Cue, unit: Unit) -> bool:
        """The cue word is part of a capitalised name ('Vereniging Stedenbanden', 'Fonds Stedenbanden'):
        a capitalised word before it on the same line, not at the sentence's start."""
        text = self.layout.text
        if not text[cue.start : cue.start + 1].isupper():
            return False
        m = _NAME_BEFORE.search(text[unit.start : cue.start])
        return m is not None and m.start() > 0

    def foreign_owned(self, cue: Cue, unit: Unit) -> bool:
        """The cue names another town's relation: a town's genitive right before it ('Maastrichts partnerstad',
        "Aarhus' venskabsby") or a town after it ('de partnerstad van Eindhoven', but 'Zeist is zusterstad van
        Ljusdal' names Zeist's partner); the owner's span is kept."""
        text = self.layout.text
        before = text[max(unit.start, cue.start - OWNER_WINDOW) : cue.start]
        after = text[cue.end : unit.end]
        spans = []
        for pattern in self.lexicon.owner_before:
            m = pattern.search(before)
            if m:
                offset = cue.start - len(before)
                spans.append((offset + m.start("owner"), offset + m.end("owner"), m.group("owner")))
        predicate = self.lexicon.any(self.lexicon.predicates, before)
        names_relation = self.lexicon.any(self.lexicon.relation_heads, text[cue.start : cue.end].split()[-1])
        for pattern in () if predicate or names_relation else self.lexicon.owner_after_cue:
            m = pattern.match(after)
            if m:
                spans.append((cue.end + m.start("owner"), cue.end + m.end("owner"), m.group("owner")))
        for start, end, name in spans:
            if self._own(name):
                self.own_owners.append((start, end))  # 'de partnerstad van Bolsward' on Súdwest-Fryslân's page
            elif self._other_town(name):
                self.owners.append((start, end))
                return True
        return False

    def _own(self, name: str) -> bool:
        """The name is one of the issuer's own towns ('Venskapsbyen til Nordfjordeid' on Stad's page)."""
        city = gazetteer().lookup(name, self.home, self.home) if len(name) >= 3 else None
        return city is not None and self.own_town(city)

    def _other_town(self, name: str) -> bool:
        """A name (or its genitive stem) that is a town of some size, none of the issuer's names or own towns
        ('Hobros venskabsby' on Mariagerfjord's page is the issuer's relation), nor a word ('Vores', 'Kommunens')."""
        stems = {name, name.rstrip("'’"), re.sub(r"(?:'s|’s|s'|s’|s)$", "", name)}
        if any(fold(s) in self.issuer_keys or fold(s) in blocked_names() for s in stems if s):
            return False
        if any(other_municipality(stem, self.home, self.issuer_keys) for stem in stems if stem):
            return True  # the catalogue's municipality, however small its town ('Venskapsbyen til Kvam herad')
        for stem in stems:
            city = gazetteer().lookup(stem, None, self.home) if len(stem) >= 3 else None
            if city is None or city.population < OWNER_MIN_POPULATION or self.own_town(city):
                continue
            if fold(city.name) not in self.issuer_keys:
                return True
        return False

    def owned_by_other(self, start: int, end: int) -> bool:
        """The mention owns a relation cue: another town's ('Maastrichts' in 'Maastrichts partnerstad') or, as the
        issuer's side of the pair, one of its own towns ('de partnerstad van Bolsward is Kelkheim')."""
        return any(a < end and start < b for a, b in self.owners + self.own_owners)

    def own_owner(self, start: int) -> bool:
        """An own town owning a cue starts here: it parts no cue from the partner it names."""
        return any(a <= start < b for a, b in self.own_owners)

    def foreign_subject(self, unit: Unit) -> bool:
        """The sentence is about a neighbouring municipality's relations ('Nabokommunen Drammen har ...') or an
        organisation's own ('Musikskolen har venskabsskoler i ...', 'Het ziekenhuis werkt samen met ...'), unless
        it names the issuer's relation too ('vores venskabsby')."""
        if unit.start not in self.subject_cache:
            lex, text = self.lexicon, self.layout.unit_text(unit)
            ours = bool(set(re.findall(r"\w+", text.lower())) & lex.our_words)
            organisation = lex.any(lex.organisation_subjects, text) and not ours
            foreign = lex.any(lex.foreign_subjects, text) or (
                (self._reflexive(text) or self._owning(text)) and not ours
            )
            self.subject_cache[unit.start] = organisation or foreign
        return self.subject_cache[unit.start]

    def _reflexive(self, text: str) -> bool:
        """Another town is the sentence's subject and the relations are its own ('Tønsberg har sin egen
        vennskapsbykjede med Lemvig', 'Zutphen heeft zijn eigen stedenbanden')."""
        owners = (m.group("owner") for pattern in self.lexicon.reflexive_owners for m in pattern.finditer(text))
        return any(
            self._other_town(owner) or other_municipality(owner, self.home, self.issuer_keys) for owner in owners
        )

    def _owning(self, text: str) -> bool:
        """Another municipality of the home country opens the sentence owning its relations ('Næstved Kommune har
        venskabsby i Polen', 'De gemeente Zwolle heeft een stedenband met Lünen'), unless the issuer is the one its
        relation names ('Hjørring har været venskabsby med Faxe')."""
        lex = self.lexicon
        for pattern in lex.subject_owners:
            m = pattern.match(text)
            if not m or not other_municipality(m.group("owner"), self.home, self.issuer_keys):
                continue
            cues = sorted(lex.relation_cues(text[m.end() :]), key=lambda c: c.start)
            if cues and not self._names_issuer(text[m.end() + cues[0].end :]):
                return True
        return False

    def _names_issuer(self, after_cue: str) -> bool:
        """The first name after a relation cue (past a preposition) is one of the issuer's."""
        words = re.findall(r"[\w'’-]+", after_cue)[:3]
        words = words[1:] if words and words[0].lower() in self.lexicon.prepositions else words
        return bool(words) and fold(words[0]) in self.issuer_keys

    def unestablished(self, cue: Cue | None, unit: Unit) -> bool:
        """A proposal, request or exploration ('forslag om en venskabsaftale med', 'overvejer en
        samarbejdsaftale', 'een verzoek ... een stedenband') whose cue is not a relation that exists
        already ('venskabsbyen', 'vores venskabsby', 'de stedenband')."""
        lex = self.lexicon
        spans = self._prospects(unit)
        if cue is None:
            return bool(spans)
        if not any(max(a - cue.end, cue.start - b, 0) <= PROSPECT_REACH for a, b in spans):
            return False  # a request elsewhere in a long sentence ('henvendelser fra skoler') is not about it
        text = self.layout.text
        end = cue.end
        while end < len(text) and (text[end].isalnum() or text[end] == "-"):
            end += 1  # the whole word: 'venskabsaftale' + 'n'
        window = text[max(unit.start, cue.start - ESTABLISHED_WINDOW) : end].lower()
        return not any(p.search(window) for p in lex.established)

    def _prospects(self, unit: Unit) -> list[tuple[int, int]]:
        """Spans of the unit's proposal words; when the proposal was adopted, only its words of exploring (an adopted
        motion 'Onderzoek stedenband met X' starts a study, no relation); read once per unit."""
        if unit.start not in self.prospect_cache:
            lex, sentence = self.lexicon, self.layout.unit_text(unit).lower()
            settled = lex.any(lex.prospect_settled, sentence)
            self.prospect_cache[unit.start] = [
                (unit.start + m.start(), unit.start + m.end())
                for p in open_patterns(lex.explorations if settled else lex.prospects, sentence)
                for m in p.finditer(sentence)
            ] + [(unit.start + a, unit.start + b) for a, b in yes_no_questions(sentence, lex.question_words)]
        return self.prospect_cache[unit.start]

    def organisation_partners(self, unit: Unit, span: tuple[int, int], listing: set[int]) -> bool:
        """A relation word compounded with an organisation right before the list ('venskabsskoler i Kiel og Lund',
        'een partnerziekenhuis in Keulen'), or heading its list or section ('Partnerscholen:', 'Venskabsskoler')
        with no relation of the municipality's: the places are where the organisation's own partners are, not the
        municipality's partner towns. `listing` are the lines that name places (a list's items, skipped)."""
        lex, layout = self.lexicon, self.layout
        for cue in lex.cues(lex.organisation_partners, layout.unit_text(unit), unit.start):
            if cue.end <= span[0] and touches(layout.text, lex, cue, span):
                return True
        index = self._line_above(unit.line, listing)
        if index < 0 or not layout.is_heading(index):
            return False  # a paragraph above: the list is not under a heading of its own
        line = layout.line(index)
        return lex.any(lex.organisation_partners, line) and not lex.heading_cues(line)

    def _line_above(self, index: int, listing: set[int]) -> int:
        """The nearest line above `index` that is neither blank nor in `listing` (-1: none). Every line skipped on
        the way has the same answer and keeps it, so the mentions of a long list walk it once between them."""
        if self.above_cache[0] is not listing:
            self.above_cache = (listing, {})
        memo, path, found = self.above_cache[1], [index], -1
        for above in range(index - 1, -1, -1):
            if self.layout.line(above) and above not in listing:
                found = above
                break
            if above in memo:
                found = memo[above]
                break
            path.append(above)
        memo.update(dict.fromkeys(path, found))
        return found

    def located(self, text_before: str, domestic: bool) -> bool:
        """A home-country place right after a locative preposition ('Lokalrådet i Brædstrup', 'in Swalmen')
        is where something is, not a partner."""
        return domestic and self.lexicon.any(self.lexicon.locatives, text_before)

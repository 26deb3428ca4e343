"""langdetect's own detector, its Python loops written tighter: the same n-grams, draws and floats.

langdetect (mandated) spends ~3 % of a document's CPU in two loops of its `Detector`: cutting the text
into n-grams one `NGram.add_char` call per character (each normalising its character through a binary
search of the Unicode blocks), and up to 7 × 1,000 probability updates, one method call and one
`random.choice` each. `Detector` here keeps langdetect's profiles, seed, parameters and every
arithmetic step in its order, so its probabilities equal langdetect's to the last bit (a test compares
them on texts of every supported language); only the calls and look-ups around them are gone.
"""

from __future__ import annotations

import random
import re

from langdetect.detector import Detector as LangdetectDetector
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

# random.choice draws with getrandbits (rejecting draws past the end) unless a subclass of Random changed that
_DRAWS_BY_BITS = random.Random._randbelow is random.Random._randbelow_with_getrandbits
_NORMALISED: dict[str, str] = {}  # character -> NGram.normalize(character), filled as characters are met
_SPACES = re.compile(" {2,}")


def _normalise(ch: str) -> str:
    found = _NORMALISED.get(ch)
    if found is None:
        found = _NORMALISED[ch] = NGram.normalize(ch)
    return found


class Detector(LangdetectDetector):
    """`langdetect.detector.Detector` with `append`, `_extract_ngrams` and `_detect_block` inlined."""

    def append(self, text: str) -> None:
        """langdetect's clean-up, its character loop (a run of spaces kept as one) as one substitution."""
        text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
        self.text += _SPACES.sub(" ", text[: self.max_text_length])

    def _extract_ngrams(self) -> list[str]:
        """NGram.add_char and the 1-3-gram look-up of langdetect, per character, without the calls."""
        known = self.word_lang_prob_map
        result: list[str] = []
        grams, capital = " ", False
        for raw in self.text:
            ch = _NORMALISED.get(raw) or _normalise(raw)
            last = grams[-1]
            if last == " ":
                grams, capital = " ", False
                if ch == " ":
                    continue
            elif len(grams) >= NGram.N_GRAM:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            if ch != " " and ch in known:
                result.append(ch)
            if len(grams) >= 2:
                if (w := grams[-2:]) in known:
                    result.append(w)
                if len(grams) >= 3 and (w := grams[-3:]) in known:
                    result.append(w)
        return result

    def _detect_block(self) -> None:
        """langdetect's trials: the same seed, draws, updates and normalisations in the same order."""
        if not _DRAWS_BY_BITS:
            super()._detect_block()
            return
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        rows = [self.word_lang_prob_map[w] for w in ngrams]
        count = len(rows)
        bits = count.bit_length()
        self.langprob = [0.0] * len(self.langlist)
        rng = self.random
        rng.seed(self.seed)
        draw = rng.getrandbits  # random.choice(ngrams) is ngrams[r], r the first draw of `bits` bits below `count`
        for _ in range(self.n_trial):
            prob = self._init_probability()
            weight = (self.alpha + rng.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
            # langdetect normalises after updates 0, 5, 10, ...: the first block is one update, the others five; a
            # language's probability takes a block's factors one after another, left to right, as in five calls
            r = draw(bits)
            while r >= count:
                r = draw(bits)
            prob = [p * (weight + q) for p, q in zip(prob, rows[r], strict=True)]
            i = 0
            while True:
                total = sum(prob)
                prob = [p / total for p in prob]
                if max(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                    break
                picked: list[list[float]] = []
                while len(picked) < 5:
                    r = draw(bits)
                    if r < count:
                        picked.append(rows[r])
                a, b, c, d, e = picked
                prob = [
                    p * (weight + qa) * (weight + qb) * (weight + qc) * (weight + qd) * (weight + qe)
                    for p, qa, qb, qc, qd, qe in zip(prob, a, b, c, d, e, strict=True)
                ]
                i += 5
            for j, p in enumerate(prob):
                self.langprob[j] += p / self.n_trial

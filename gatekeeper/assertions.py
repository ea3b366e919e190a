"""What a sentence asserts about a thing it mentions: affirmed, negated, planned, hypothetical,
reported by someone else, or a label with no value.

A small ConText reader (Harkema et al., 2009, after Chapman's NegEx): trigger phrases from
``checklists/forms/assertions.toml`` open a scope forward, backward or both ways from where they
stand; the scope reaches a set number of words and stops at a terminator ("but", "because", ";")
or the sentence's end. A mention inside a scope takes that scope's kind. Pseudo-triggers ("not
only", "no later than", "14 May") hold a trigger word but assert nothing by it.

Facts taken from prose are read through ``mentions``: a rule acts on an affirmed fact, and on a
negated one as evidence of absence; anything else is for a person, quoting the sentence. Measured
against medspaCy's ConText on our own wording: ``bench/assertions_compare.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from pydantic import Field, field_validator

from gatekeeper.models import Record

_FLAGS = re.IGNORECASE
WORD = re.compile(r"[\w'’/-]+")
# A sentence ends at . ! ? followed by a capital, digit, quote or bracket; also at a line break
# that is followed by a capital (a list or a table row read as text).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(“‘])|\n\s*\n|\n(?=\s*[-•*]\s)")


class Assertion(StrEnum):
    AFFIRMED = "affirmed"
    NEGATED = "negated"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    REPORTED = "reported"
    LABEL = "label"


# When scopes of several kinds cover a mention, the first kind here wins: a hypothetical or
# someone else's words are no evidence either way; a negated plan ("will not be requested") is a
# negation.
PRECEDENCE = (
    Assertion.LABEL,
    Assertion.HYPOTHETICAL,
    Assertion.REPORTED,
    Assertion.NEGATED,
    Assertion.PLANNED,
)


class Trigger(Record):
    kind: Assertion
    forward: int = Field(ge=0, le=60)
    backward: int = Field(ge=0, le=60)
    words: list[str] = Field(min_length=1)

    @field_validator("words")
    @classmethod
    def _valid(cls, patterns: list[str]) -> list[str]:
        for regex in patterns:
            re.compile(regex, _FLAGS)
        return patterns


class ContextRules(Record):
    """The trigger lexicon (``checklists/forms/assertions.toml``), validated at load."""

    terminators: list[str] = Field(min_length=1)
    pseudo: list[str] = Field(default_factory=list)
    trigger: list[Trigger] = Field(min_length=1)

    @field_validator("terminators", "pseudo")
    @classmethod
    def _valid(cls, patterns: list[str]) -> list[str]:
        for regex in patterns:
            re.compile(regex, _FLAGS)
        return patterns

    @cached_property
    def compiled(self) -> _Compiled:
        """Each list as one alternation, compiled once (the rules are read-only once loaded)."""
        return _Compiled(
            terminators=_union(self.terminators),
            pseudo=_union(self.pseudo) if self.pseudo else None,
            triggers=tuple((t.kind, t.forward, t.backward, _union(t.words)) for t in self.trigger),
        )


@dataclass(frozen=True)
class _Compiled:
    terminators: re.Pattern[str]
    pseudo: re.Pattern[str] | None
    triggers: tuple[tuple[Assertion, int, int, re.Pattern[str]], ...]


def _union(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)


@dataclass(frozen=True)
class Scope:
    kind: Assertion
    start: int
    end: int
    trigger: tuple[int, int]


@dataclass(frozen=True)
class Sentence:
    """One sentence with the scopes its triggers open (character offsets into ``text``)."""

    text: str
    scopes: tuple[Scope, ...]
    question: bool

    def assertion(self, start: int, end: int) -> Assertion:
        """What the sentence asserts about the words at ``start:end``."""
        if self.question or _bare_label(self.text, end):
            return Assertion.LABEL
        if _denied_value(self.text, end):
            return Assertion.NEGATED  # "CCTV: there are no cameras", "CCTV - none"
        kinds = {
            scope.kind
            for scope in self.scopes
            if scope.start <= start
            and end <= scope.end
            and not (scope.trigger[0] < end and start < scope.trigger[1])  # not the trigger itself
        }
        for kind in PRECEDENCE:
            if kind in kinds:
                return kind
        return Assertion.AFFIRMED


def read_sentence(text: str, rules: ContextRules) -> Sentence:
    """A sentence's scopes, worked out once for every mention in it."""
    compiled = rules.compiled
    pseudo = [m.span() for m in compiled.pseudo.finditer(text)] if compiled.pseudo else []
    stops = sorted({m.start() for m in compiled.terminators.finditer(text)} | {len(text)})
    words = [m.span() for m in WORD.finditer(text)]
    scopes: list[Scope] = []
    for kind, forward, backward, regex in compiled.triggers:
        for match in regex.finditer(text):
            a, b = match.span()
            if any(p < b and a < q and not (a <= p and q <= b) for p, q in pseudo):
                continue  # a word of a pseudo-trigger (a trigger that spans it is kept)
            if forward:
                limit = _after_words(words, b, forward)
                stop = next(s for s in stops if s >= b)
                scopes.append(Scope(kind, a, min(limit, stop), (a, b)))
            if backward:
                limit = _before_words(words, a, backward)
                stop = max((s for s in stops if s < a), default=0)
                scopes.append(Scope(kind, max(limit, stop), b, (a, b)))
    question = text.rstrip().endswith("?")
    return Sentence(text, tuple(scopes), question)


EMPTY_AFTER = re.compile(r"[\s:?.\-–—_*]*")
# A label whose value denies it: "CCTV: there are no cameras ...", "BWV - not activated".
NEGATED_VALUE = re.compile(
    r"\s*(?::|\s[-–—])\s*(there (is|are|was|were) no|no|none|nil|not|never|n/?a)\b", re.IGNORECASE
)
LABEL_WORDS = 12
# A label naming a topic rather than a thing ("Disclosure and digital strategy: no digital material
# is held; third-party material limited as above") takes a value that says something of its own:
# the value states the topic's content. A thing's label is denied by "no ..." ("CCTV: no cameras
# cover the street"), and any label by a short denial or by "not ..." ("BWV - not activated").
TOPIC_HEADS = frozenset(
    {"strategy", "approach", "plan", "policy", "position", "rationale", "summary", "update",
     "comment", "note", "detail", "explanation", "overview", "background", "assessment"}
)  # fmt: skip
DENIAL_WORDS = 3
# A label's value up to the end of its first clause.
LABEL_VALUE = re.compile(r"\s*(?::|\s[-–—])\s*(?P<clause>[^;,.:()]{1,80})")
NEGATION_WORD = re.compile(r"\b(no|not|none|never|nothing)\b|n[\x27’]t\b", re.IGNORECASE)


def _head(text: str, end: int) -> str:
    """The last word of the label before ``end``, singular ("strategy")."""
    label = WORD.findall(text[:end])
    return label[-1].lower().rstrip("s") if label else ""


VALUE_END = re.compile(r"[,;.()]|\s[-–—]\s")


WHETHER_VALUE = re.compile(r"\s*(?::|\s[-–—])\s*(whether|if)\b", re.IGNORECASE)


def _denied_value(text: str, end: int) -> bool:
    if WHETHER_VALUE.match(text, end):
        return False  # "Pointing away: whether NO sent messages ...": a question to test
    found = NEGATED_VALUE.match(text, end)
    if found is None:
        # "CCTV: the hotel has no camera in the staff corridor; ...": the value's first clause
        # denies what the label names.
        clause = LABEL_VALUE.match(text, end)
        return bool(
            clause
            and NEGATION_WORD.search(clause.group("clause"))
            and _head(text, end) not in TOPIC_HEADS
        )
    if found.group(1).lower() != "no":
        return True  # "there are no ...", "none", "nil", "n/a", "never", "not ..."
    head = _head(text, end)
    if head not in TOPIC_HEADS:
        return True
    stop = VALUE_END.search(text, found.end())
    value = WORD.findall(text[found.end() : stop.start() if stop else len(text)])
    return len(value) <= DENIAL_WORDS or any(w.lower().rstrip("s") == head for w in value)


# A label's value before a spaced dash: "the claimed relationship" in "Pointing away: the claimed
# relationship - no messages".
NAMED_VALUE = re.compile(r"\s*(?::|\s[-–—])\s*(?P<value>(?:(?!\s[-–—]\s)[^;,.:()])+)\s[-–—]\s")


def value_names_thing(text: str, end: int) -> bool:
    """The label ending at ``end`` takes a value that first names something, then says what came
    of it: "Pointing away: the claimed relationship - no messages, no witnesses" names a line of
    enquiry (the negation is what the line found), where "Pointing away: none" names nothing."""
    found = NAMED_VALUE.match(text, end)
    return bool(
        found
        and NEGATED_VALUE.match(text, end) is None
        and not NEGATION_WORD.search(found.group("value"))
    )


def _bare_label(text: str, end: int) -> bool:
    """A label with nothing after it ("Early advice sought:"): it asserts nothing."""
    stripped = text.rstrip(" \t.-–—_*")
    return (
        stripped.endswith(":")
        or (":" in text[end:] and EMPTY_AFTER.fullmatch(text, end) is not None)
    ) and len(text.split()) <= LABEL_WORDS


def _after_words(words: list[tuple[int, int]], offset: int, count: int) -> int:
    following = [end for start, end in words if start >= offset]
    return (
        following[count - 1]
        if len(following) >= count
        else (following[-1] if following else offset)
    )


def _before_words(words: list[tuple[int, int]], offset: int, count: int) -> int:
    preceding = [start for start, end in words if end <= offset]
    return preceding[-count] if len(preceding) >= count else (preceding[0] if preceding else offset)


def sentences(text: str) -> list[str]:
    """A text's sentences, each on one line (a PDF's wrapped lines joined)."""
    out: list[str] = []
    for block in SENTENCE_END.split(text):
        flat = " ".join(block.split())
        if flat:
            out.append(flat)
    return out


@dataclass(frozen=True)
class Mention:
    """A match in a sentence, and what the sentence asserts about it."""

    sentence: str
    start: int
    end: int
    assertion: Assertion

    @property
    def words(self) -> str:
        return self.sentence[self.start : self.end]

    @property
    def affirmed(self) -> bool:
        return self.assertion is Assertion.AFFIRMED


def mentions(
    text: str, regex: re.Pattern[str], rules: ContextRules, units: Iterable[str] | None = None
) -> Iterator[Mention]:
    """Each match of ``regex`` in ``text`` (or in the given sentences), with its assertion.

    Sentences without a match are not read for triggers."""
    for sentence in units if units is not None else sentences(text):
        found = list(regex.finditer(sentence))
        if not found:
            continue
        read = read_sentence(sentence, rules)
        for match in found:
            yield Mention(sentence, *match.span(), read.assertion(*match.span()))


# Which mention of a thing says most that it is there: an affirmed one, then one in someone
# else's words, a plan, a hypothesis, a bare label; a negated one says least.
STRENGTH = (
    Assertion.AFFIRMED,
    Assertion.REPORTED,
    Assertion.PLANNED,
    Assertion.HYPOTHETICAL,
    Assertion.LABEL,
    Assertion.NEGATED,
)


def strongest(found: Iterable[Mention]) -> Mention | None:
    """The mention that says most that the thing is there (the first of equals)."""
    best: Mention | None = None
    for mention in found:
        if best is None or STRENGTH.index(mention.assertion) < STRENGTH.index(best.assertion):
            best = mention
            if mention.affirmed:
                break
    return best


def assertion_of(sentence: str, start: int, end: int, rules: ContextRules) -> Assertion:
    """What ``sentence`` asserts about its words at ``start:end``."""
    return read_sentence(sentence, rules).assertion(start, end)

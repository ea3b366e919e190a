"""Compare our ConText reader (gatekeeper.assertions) with medspaCy's ConText on our own wording.

Both read the sentences of ``tests/assertion_cases.py`` (case-file wording, each with the words a
fact rests on and what the sentence asserts about them). medspaCy runs with its default ConText
rules (clinical, rule-based, no model download) on a blank English pipeline with its PyRuSH
sentence splitter; each case's words are its target. Scored two ways:
- **decision**: affirmed or not, which is what a rule acts on (a fact is used only if affirmed);
- **kind**: the assertion's kind; ConText has no "planned" or "reported", so its hypothetical
  counts for our planned and hypothetical, and its "family"/"other experiencer" for reported.
Speed: sentences per second, reading each case's sentence afresh (median of five runs).

Usage (make bench-assertions): build/context-venv/bin/python bench/assertions_compare.py [--out docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from assertion_cases import CASES  # noqa: E402

START, END = "<!-- assertions -->", "<!-- /assertions -->"
NOT_AFFIRMED = {"negated", "planned", "hypothetical", "reported", "label"}


def ours() -> Callable[[str, str], str]:
    from gatekeeper.assertions import mentions
    from gatekeeper.forms import load_forms

    context = load_forms().context

    def judge(sentence: str, words: str) -> str:
        found = next(mentions(sentence, re.compile(re.escape(words), re.I), context), None)
        return found.assertion.value if found else "affirmed"

    return judge


def medspacy_context() -> Callable[[str, str], str] | None:
    try:
        import medspacy
        from medspacy.ner import TargetRule
    except ImportError:
        return None
    import logging

    logging.disable(logging.DEBUG)
    try:  # PyRuSH logs each token at DEBUG through loguru
        from loguru import logger

        logger.remove()
    except ImportError:
        pass
    nlp = medspacy.load()
    matcher = nlp.get_pipe("medspacy_target_matcher")
    matcher.add([TargetRule(words, "FACT") for words in sorted({w for _, w, _ in CASES})])

    def judge(sentence: str, words: str) -> str:
        doc = nlp(sentence)
        target = next((e for e in doc.ents if e.text.lower() == words.lower()), None)
        if target is None:
            return "affirmed"
        if target._.is_negated:
            return "negated"
        if target._.is_hypothetical or target._.is_uncertain:
            return "hypothetical"
        if target._.is_family:
            return "reported"
        return "affirmed"

    return judge


def score(judge: Callable[[str, str], str], medspacy: bool) -> dict[str, float]:
    decision = kind = 0
    for sentence, words, expected in CASES:
        got = judge(sentence, words)
        decision += (got in NOT_AFFIRMED) == (expected in NOT_AFFIRMED)
        if medspacy and expected in ("planned", "hypothetical", "label"):
            kind += got == "hypothetical"  # ConText's nearest kind
        else:
            kind += got == expected
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        for sentence, words, _ in CASES:
            judge(sentence, words)
        runs.append(time.perf_counter() - started)
    return {
        "decision": decision / len(CASES),
        "kind": kind / len(CASES),
        "per_second": len(CASES) / statistics.median(runs),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rows = [("ours (gatekeeper.assertions)", score(ours(), False))]
    other = medspacy_context()
    if other is not None:
        import medspacy

        rows.append((f"medspaCy {medspacy.__version__} ConText, default rules", score(other, True)))
    lines = [
        START,
        f"Measured {dt.date.today():%d/%m/%Y} on {len(CASES)} sentences "
        "(`tests/assertion_cases.py`), `make bench-assertions`:",
        "",
        "| reader | affirmed or not, right | kind right | sentences a second |",
        "|---|---|---|---|",
    ]
    for name, result in rows:
        lines.append(
            f"| {name} | {result['decision']:.0%} | {result['kind']:.0%} "
            f"| {result['per_second']:,.0f} |"
        )
    if other is None:
        lines.append("| medspaCy | not installed | | |")
    lines.append(END)
    table = "\n".join(lines)
    print(table)
    if args.out:
        text = args.out.read_text(encoding="utf-8")
        if START in text:
            before, rest = text.split(START, 1)
            after = rest.split(END, 1)[1]
            text = before + table + after
        else:
            text = (
                text.rstrip()
                + "\n\n## What a sentence asserts: our reader and medspaCy's ConText\n\n"
                + table
                + "\n"
            )
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

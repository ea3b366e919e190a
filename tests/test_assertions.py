"""What a sentence asserts about what it mentions (gatekeeper.assertions)."""

from __future__ import annotations

import re

import pytest
from assertion_cases import CASES

from gatekeeper.assertions import Assertion, mentions, sentences, strongest
from gatekeeper.forms import load_forms

CONTEXT = load_forms().context


@pytest.mark.parametrize(("sentence", "words", "expected"), CASES)
def test_what_the_sentence_asserts(sentence, words, expected):
    found = list(mentions(sentence, re.compile(re.escape(words), re.I), CONTEXT))
    assert found, f"{words!r} not in {sentence!r}"
    assert found[0].assertion == Assertion(expected), sentence


def test_the_strongest_mention_says_most_that_a_thing_is_there():
    text = (
        "She was offered a video-recorded interview and declined it. "
        "Later she agreed, and the video-recorded interview took place on 4 May."
    )
    best = strongest(mentions(text, re.compile("video-recorded interview"), CONTEXT))
    assert best is not None and best.affirmed and "took place" in best.sentence


def test_a_pdf_paragraph_is_one_sentence_and_a_list_item_another():
    text = "Her phone was not\nexamined.\n\n- CCTV was seized.\n- Door staff spoken to."
    assert sentences(text) == [
        "Her phone was not examined.",
        "- CCTV was seized.",
        "- Door staff spoken to.",
    ]

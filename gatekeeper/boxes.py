"""Read a form's boxes in any layout: label and value on a line, tables, tick boxes, or prose.

A box is found by its label (see ``gatekeeper.forms``): "Label: value" on one line, a label on
its own line with the value below, a table row (label cell, value cells), a label cell with the
value in the row below, and Yes/No columns. When no labelled box is found, the sentences of the
whole text that state the fact are taken instead (``source="prose"``). What a box says is read
by ``interpret``: ticked options first, then the value patterns.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

from gatekeeper.cues import SENTENCE_STOPS
from gatekeeper.forms import Box, Form, any_match, pattern
from gatekeeper.tables import row_line

MAX_LABEL_CHARS = 110
MAX_PLAIN_LINE = 140
# A label on a line of its own, its value below: short, and not a sentence.
BARE_LABEL = re.compile(r"^(?=.{2,70}$)(?!.*[.;,]$)(?:\S+\s+){0,11}\S+$")
LABEL_START_WITHIN = 90  # national forms ask long questions: the key words come late
TICKED = "☒☑✓✔✗✘⊠■"
MARK = re.compile(
    r"[☒☑✓✔✗✘⊠■☐□▢]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX]?\s*\)|(?<=(?i:yes|.no)\s)\s*[xX](?![\w/])"
)
TICK_CELL = re.compile(r"^\s*(x|✓|✔|☒|☑|yes|y|\[x\])\s*$", re.IGNORECASE)
# A colon between digits is a time ("at 04:30"), not the end of a label; a date may end one.
# A printed form's dot leader ends one too: "Signature ........ SIGNED ........".
SPLIT = re.compile(
    r"^(?P<label>(?:[^:\t?.…]|\.(?!\.\.)|:(?=\d)){1,110}?(?:\?|:(?!\d)|\t|\s*(?:\.{3,}|…+)\s*)+)"
    r"\s*(?P<value>.*)$"
)
EMPTY_VALUE = re.compile(r"^[\s.\-_–—…*/]*$")
NIL_VALUE = re.compile(r"^\s*(n/?a|nil|none|not applicable|no|-+)\s*\.?\s*$", re.IGNORECASE)
INSTRUCTION = re.compile(r"\(?\s*(tick|mark|circle|select)[^()☒☐]{0,30}\)?:?", re.IGNORECASE)
BOTH_ANSWERS = re.compile(r"\byes\b.*\bno\b|\bno\b.*\byes\b", re.IGNORECASE)
LEADING_ANSWER = re.compile(r"^\s*(yes|no)\s*([.,;:\-–—(]|$)", re.IGNORECASE)
# A form's choices left as printed: "Yes / No (delete as appropriate)", "Full Code / Threshold".
UNFILLED = re.compile(
    r"delete as (appropriate|applicable)|\b(yes|full code( test)?)\s*/\s*(no|threshold)\b",
    re.IGNORECASE,
)
# A sentence ends at . ! ? before a capital; a list's bullet written inline after it ("... in
# full. - NAIR's workmates ...", a table cell's list) starts the next sentence and is dropped.
SENTENCE = re.compile(r"(?<=[.!?])\s+(?:[-•–*]\s+)?(?=[A-Z0-9\"'(])")
# A label holds no date with words after it: "Early advice sought 06/07/2026, given 13/07/2026
# (D. OKONJO): ..." is prose ("Suspect's account 20/03/2026:" is a label).
LABEL_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b(?=.*[A-Za-z])")
SENTENCE_INSIDE = re.compile(r"[a-z)][.!?]\s+[A-Z]")
# A label states nothing: "Early advice was not sought:" is a sentence.
# "None is a reasonable line of enquiry on the facts:" opens a sentence, not a box.
STATEMENT_LABEL = re.compile(
    r"\b(was|were|has been|have been|had|did|will|would)\b(?!.*\?)|"
    r"^\s*(none|nothing|no one|there (is|are))\b|"
    # "Early advice not sought: the evidence was gathered within a fortnight": the answer is in it
    r"\bnot (sought|requested|obtained|required|needed|applicable|considered)\s*:?\s*$",
    re.I,
)
# A heading's own note in brackets: "Reasonable lines of enquiry (including those pointing
# away from the suspect)" is as bare a label as the words before it.
LABEL_NOTE = re.compile(r"\s*\([^()]{1,90}\)\s*$")


def _bare(line: str) -> bool:
    """A label on a line of its own: short and not a sentence, its bracketed note aside."""
    return bool(BARE_LABEL.match(LABEL_NOTE.sub("", line) or line))


@dataclass(frozen=True)
class BoxReading:
    """What one box of a form holds, and whether it came from a labelled box or from prose."""

    key: str
    text: str
    source: Literal["box", "prose"]
    values: tuple[str, ...] = ()
    """Each time the box's label appeared, its value (``text`` joins them)."""

    @property
    def empty(self) -> bool:
        return not self.text.strip() or bool(EMPTY_VALUE.match(self.text))

    @property
    def nil(self) -> bool:
        """Blank, or an answer that says nothing is there ('None', 'N/A', 'Nil')."""
        return self.empty or bool(NIL_VALUE.match(self.text))


@dataclass(frozen=True)
class Tick:
    option: str
    ticked: bool


def box_values(form: Form, text: str, tables: list[list[list[str]]]) -> dict[str, list[str]]:
    """Each labelled box's values, every time its label appears, tables first then lines."""
    found: dict[str, list[str]] = {}
    # An Office or PDF reader also writes each table row into the text, tab-joined: a row whose
    # label is a box's is read once, from the table; other rows stay in the text, where they
    # continue the box above them (an "Officer in the case" heading over a table of details).
    table_units, read_rows = _table_units(form, tables)
    # (a cell of several paragraphs is written as several lines: "URN" then "39SF0125626")
    read_rows |= {part.strip() for row in read_rows if "\n" in row for part in row.split("\n")}
    lines = "\n".join(line for line in text.splitlines() if line.strip() not in read_rows)
    for label, value in table_units + _line_units(form, lines):
        box = _box_for(form, label)
        if box is not None:
            found.setdefault(box.key, []).append(value)
    return found


def read_boxes(form: Form, text: str, tables: list[list[list[str]]]) -> dict[str, BoxReading]:
    """Every box of ``form`` found in a document, by key; the first reading of a key wins."""
    found = box_values(form, text, tables)
    readings = {
        key: BoxReading(
            key, " ".join(v for v in values if v).strip(), "box", tuple(v for v in values if v)
        )
        for key, values in found.items()
    }
    prose_text: str | None = None
    for box in form.box:
        if box.key in readings or not box.prose:
            continue
        if prose_text is None:
            prose_text = " ".join(text.split())
        sentences = [s for s in SENTENCE.split(prose_text) if any_match(box.prose, s)]
        if sentences:
            readings[box.key] = BoxReading(box.key, " ".join(sentences), "prose")
    return readings


# A form's section number before its label: "8. Forensic", "(e) Outstanding", "Part 3:",
# "Section 7 -".
SECTION_NUMBER = re.compile(
    r"^\s*(?:(?:part|section|box|question|q)\s*)?(?:\d{1,2}[a-z]?|[a-z]|[ivx]{1,4})"
    r"(?:\.\d{1,2})*\s*[.):\-–]\s+|^\s*\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s*|"
    # "7  Outstanding": a number set apart by a tab or two spaces
    r"^\s*\d{1,2}(?:\t|\s{2,})(?=[A-Za-z])|"
    # "Q11 Outstanding evidence": a question-and-answer export's numbered question
    r"^\s*(?:question|q)\s?\d{1,2}[a-z]?\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
HEADING_CELL = 30  # a table's column heading: a few words ("Target date")
# A box's own table has three columns or more ("Outstanding item | Responsible | Target date");
# two cells a row are a form's "Label | value", unless the second names a column of results
# ("Line of enquiry | Result / reason not pursued").
SUB_TABLE_COLUMNS = 3
# A two-column table's headings name when or how far each row is: "Evidence | Target".
WHEN_HEADING = re.compile(r"\b(target|due|date|deadline|expected|status|progress)\b", re.I)
COLUMN_HEADING = re.compile(
    r"^(?:the\s+)?(?:results?|outcomes?|reasons?|status|actions?(?:\s+taken)?|responses?|updates?|"
    r"progress|details|comments|notes|findings|owner|responsible|by whom|(?:target\s+)?dates?)"
    r"(?:\s*(?:/|and|or|&)\s*[\w ]{1,25})?$",
    re.IGNORECASE,
)
# A name or date box is labelled in a few words, without figures: "Suspect's phone - location
# data for 03/08/2026" is not the suspect box's label.
ONE_LINE_LABEL = 60


NUMBERED_PERSON = re.compile(r"^((?i:suspect|complainant|victim|defendant))\s+(\d|[A-D])$")


# A record system's field code and name: "[F131] EA_REASON...........:"
FIELD_CODE = re.compile(r"^\[[A-Z]{0,3}\d{2,4}\]\s*")
LEADER = re.compile(r"\s*(?:\.{3,}|…+)\s*$")


def _plain_label(label: str) -> str:
    """A label as a person would say it: "[F131] EA_REASON......" is "EA REASON"."""
    label = FIELD_CODE.sub("", label.strip())
    if "_" in label and " " not in label.strip():
        label = label.replace("_", " ")
    return LEADER.sub("", label.strip(":?\t ")).strip()


def _box_for(form: Form, label: str) -> Box | None:
    label = _plain_label(label)
    # A scan's box borders read by OCR as "[" or "|" before the label.
    label = label.strip().lstrip("[|(｜").strip(":?\t ").strip()
    label = SECTION_NUMBER.sub("", label, count=1).strip()
    if not label or len(label) > MAX_LABEL_CHARS or MARK.search(label):
        return None  # a tick box's option ("Early advice ☐") is no label
    best: tuple[int, Box] | None = None
    # "Suspect 1", "Complainant 2": one of several, numbered
    numbered = NUMBERED_PERSON.sub(r"\1", label)
    for box in form.box:
        if box.one_line and (len(label) > ONE_LINE_LABEL or re.search(r"\d", numbered)):
            continue
        for regex in box.labels:
            match = pattern(regex).search(label)
            if (
                match
                and match.start() <= LABEL_START_WITHIN
                and (best is None or match.start() < best[0])
            ):
                best = (match.start(), box)
    if best is None and " / " in label:
        # a bilingual form's label: "Llofnod / Signature", "Datganiad gan / Statement of"
        for part in label.split(" / ")[1:]:
            found = _box_for(form, part)
            if found is not None:
                return found
    return best[1] if best else None


def column_for(box: Box, heading_row: list[str]) -> int | None:
    """The column a box's labels name in a table's heading row (the first label that names one)."""
    for regex in box.labels:
        for index, cell in enumerate(heading_row):
            if pattern(regex).search(cell.strip()):
                return index
    return None


def is_label(form: Form, text: str) -> bool:
    """A box's heading with nothing after it ("Request for third-party material")."""
    return _bare(text.strip()) and _box_for(form, text) is not None


def _is_continuation(form: Form, label: str) -> bool:
    label = _plain_label(label)
    return any(
        pattern(p).search(label) and len(label) <= MAX_LABEL_CHARS for p in form.continuation
    )


def _line_units(form: Form, text: str) -> list[tuple[str, str]]:
    """(label, value) pairs from lines; a value runs on over lines until the next label."""
    units: list[list[str]] = []  # label, value, and whether the value began on the label's line
    open_unit = False
    header: list[str] | None = None
    previous_line = ""
    tick_list = False  # the box open was a ticked line of a check-box list
    text = _header_rows(form, RUN_ON_LABEL.sub("\n", text.replace("\f", "\n")))
    for raw in text.splitlines():
        line, before = raw.strip(), previous_line
        if not line:
            continue
        previous_line = line
        if _options_row(line):  # a row of tick boxes: the options of the box above
            if open_unit or (units and not units[-1][1]):
                units[-1][1] = f"{units[-1][1]} {line.replace(chr(9), ' ')}".strip()
            continue
        if header is not None and "\t" in line:  # a row of the box's own table
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) >= len(header):  # (an empty cell still has its tab)
                units[-1][1] = _joined_row(units[-1][1], header, cells)
                continue
            # a narrower row ("Views | Supports prosecution") is the next section's
        if header is not None and not units[-1][1]:
            # Two cells with no row of their own under them were the box's value, not a table's
            # headings ("Special measures | Screens").
            units[-1][1] = " ".join(c for c in header if c)
        if header is not None and _short_heading(line):
            open_unit = False  # "Victim / witness" after the last row of the box's own table
        header = None
        if open_unit and units and not units[-1][1] and "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            filled = len([c for c in cells if c])
            if _is_header(cells) and (
                filled >= SUB_TABLE_COLUMNS
                or (filled == 2 and WHEN_HEADING.search(" ".join(cells)) is not None)
            ):
                header = (
                    cells  # "Outstanding work" over "Item | Requested | Due", "Evidence | Target"
                )
                continue
        if open_unit and units and units[-1][1] and _wrapped(before, line):
            # "... records. None is" then "a reasonable line of enquiry on the facts: nothing
            # suggests ...": a sentence wrapped onto the next line, whatever words it holds
            units[-1][1] = f"{units[-1][1]} {line.replace(chr(9), ' ')}".strip()
            continue
        if "\t" in line and all(NUMBERED_PERSON.match(c.strip()) for c in line.split("\t")):
            continue  # "Suspect 1 | Suspect 2": the headings of a column each, over their rows
        if tick_list and UNTICKED_LINE.match(line):
            open_unit = False  # "[ ] Intermediary - ...": the list's next line, not ticked
            continue
        if (
            open_unit
            and units
            and not units[-1][1]
            and LIST_MARKER.match(line)
            and not _heading_item(form, line)
        ):
            # "Lines of enquiry:" over "(1) Forensics - complete. (2) Other tenants: ...": the
            # list's first item is the box's value, whatever label words it holds
            units[-1][1] = line.replace("\t", " ")
            continue
        ticked = _ticked_box(form, line)
        tick_list = ticked is not None
        if ticked is not None:
            # "[X] VPS offered 07/07/2026 - ...": a ticked line of a check-box list is its box
            tick_label, tick_value = ticked
            units.append([tick_label, tick_value, "inline"])
            tick_box = _box_for(form, tick_label)
            open_unit = form.multiline and tick_box is not None and not tick_box.one_line
            continue
        split = SPLIT.match(line)
        if split and (
            SENTENCE_INSIDE.search(split.group("label"))
            or STATEMENT_LABEL.search(split.group("label"))
            or LABEL_DATE.search(split.group("label"))
            # "(ISVA: Farah QURESHI)." wrapped from the line before: inside a bracket
            or split.group("label").count("(") > split.group("label").count(")")
        ):
            split = None  # "Early advice was not sought: ...", "He advised on:": prose, no label
        if split is None:
            split = _dotted_label(form, line)
        label, value = (split.group("label"), split.group("value")) if split else (line, "")
        if (not split or _box_for(form, label) is None) and (
            prefixed := _leading_label(form, line)
        ):
            label, value = prefixed
        elif not split and not _bare(line):
            label = ""  # a line of prose, not a label on its own
        box = _box_for(form, label)
        if (
            box is not None
            and units
            and not units[-1][1]
            and not split
            and box is _box_for(form, units[-1][0])
        ):
            # "Decision requested" over "FULL CODE TEST - charging decision requested": the
            # second names its box's words again, as an answer does; it is the value.
            units[-1][1] = line.replace("\t", " ")
            open_unit = form.multiline and not box.one_line
            continue
        if (
            box is not None
            and open_unit
            and (
                (not units[-1][1] and _weak_label(form, label, box))
                or _list_item(units[-1][0], units[-1][1], label)
            )
        ):
            # "Lines of enquiry:" then "CCTV: obtained", or "1. Relationship: ..." and the
            # items after it
            units[-1][1] = f"{units[-1][1]} {line.replace(chr(9), ' ')}".strip()
            continue
        if box is None and split:
            # "URN: 71HB0226726     Statement of: ...     Occupation: ...": a line opened by
            # a label that is no box of the form, with the form's boxes beside it
            beside = [
                (part_label, part_value)
                for part_label, part_value in _side_by_side(form, label, value, open_unit)[1:]
                if _box_for(form, part_label) is not None
            ]
            if beside:
                for part_label, part_value in beside:
                    value_text = part_value.replace("\t", " ").strip()
                    units.append([part_label, value_text, "inline" if value_text else "below"])
                last = _box_for(form, beside[-1][0])
                open_unit = form.multiline and last is not None and not last.one_line
                continue
        if box is not None:
            for part_label, part_value in _side_by_side(form, label, value):
                value_text = part_value.replace("\t", " ").strip()
                units.append([part_label, value_text, "inline" if value_text else "below"])
            open_unit = form.multiline and not box.one_line
        elif units and _is_continuation(form, label):
            units[-1][1] = f"{units[-1][1]} {line}".strip()
        elif FIELD_CODE.match(line):
            open_unit = False  # "[F200] BAIL_STATUS ...": a field of its own, no box of the form
        elif (
            not open_unit
            and units
            and not units[-1][1]
            and units[-1][2] == "below"
            and not split
            and len(line) <= BELOW_VALUE
            and not line.rstrip().endswith(".")
        ):
            # A header box whose label has a line of its own, its value on the next ("Occupation
            # / rank and number" over "Detective Constable 7012"): one line, never the body.
            units[-1][1] = line.replace("\t", " ")
            units[-1][2] = "inline"
        elif (
            units
            and not units[-1][1]
            and not split
            and TWO_NAMES.search(line)
            and _one_line_heading(form, units[-1])
        ):
            # "The suspect" as a heading, "Neil PARSONS, born 08/11/1974, ..." under it: the
            # first line under a name box's heading is its value.
            units[-1][1] = line.replace("\t", " ")
            units[-1][2] = "inline"
        elif open_unit and _new_section(label, value, split is not None, units[-1]):
            open_unit = False  # "Disclosure" after "... Nothing else is outstanding.": not this box
        elif open_unit:  # a sub-heading ("CCTV: obtained") or a wrapped line: the same box
            units[-1][1] = f"{units[-1][1]} {line.replace(chr(9), ' ')}".strip()
    return [(unit[0], unit[1]) for unit in units]


HEADING_WORDS = 4
BELOW_VALUE = 80


ACROSS_WORDS = 4


def _labels_across(form: Form, cells: list[str]) -> bool:
    """Three box labels or more across a row, each a few words: a table's heading row, not a
    label and its answer ("Decision sought | FULL CODE TEST - no outstanding enquiries")."""
    return len(cells) >= 3 and all(
        cell
        and len(cell.split()) <= ACROSS_WORDS
        and not cell.rstrip().endswith((".", ";"))
        and _box_for(form, cell) is not None
        for cell in cells
    )


def _header_rows(form: Form, text: str) -> str:
    """A row of box labels over a row of their values, as a PDF prints a table of boxes across
    the page ("URN | Suspect | Complainant" over "52CV0144826 | MORTIMER, Kyle | ..."), made a
    "Label: value" line each."""
    if "\t" not in text:
        return text
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        cells = [cell.strip() for cell in lines[index].split("\t")]
        if len(cells) >= 2 and index + 1 < len(lines):
            values = [cell.strip() for cell in lines[index + 1].split("\t")]
            if (
                len(values) == len(cells)
                and _labels_across(form, cells)
                and not any(_box_for(form, value) is not None for value in values if value)
            ):
                out += [f"{label}: {value}" for label, value in zip(cells, values, strict=True)]
                index += 2
                continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


def _new_section(label: str, value: str, labelled: bool, unit: list[str]) -> bool:
    """A line that heads a section of its own, not one the form data knows: a short capitalised
    heading after a finished sentence ("... Nothing else is outstanding." then "Disclosure"), or a
    "Label: value" line after a box whose value was given on its own label's line. A one-word
    sub-heading under a bare label ("Lines of enquiry" then "CCTV: obtained") stays in the box."""
    bare = label.strip().strip(":?\t ")
    name = SECTION_NUMBER.sub("", bare, count=1)  # "11. Victim and witness care"
    words = name.split()
    if not words or len(words) > HEADING_WORDS or not name[:1].isupper() or re.search(r"\d", name):
        return False
    previous = unit[1].rstrip()
    if not labelled:
        # The next section's number ("10. Outstanding evidence" ... "11. Victim and witness
        # care") ends the box however its text ended (a table's row); "1. Toxicology" under it
        # is an item of its list.
        return bool(BARE_LABEL.match(name)) and (
            _next_section(unit[0], bare) or previous.endswith((".", "!", "?", ":"))
        )
    if BULLET.match(previous) and not BULLET.match(label):
        # "Outstanding:" over "- Download ... - awaiting." and "- Statement ... - being traced.",
        # then "Bail: pre-charge bail ...": the list has ended, a section the form data does not
        # know has begun
        return bool(value.strip())
    return bool(value.strip()) and bool(previous) and unit[2:3] == ["inline"]


# "URN 35EW0402926 / OCC 26000298113.  Suspect: COOKSON, Nathan (DOB ...).  Offence: rape ...":
# boxes typed on one line, a sentence each, set apart by two spaces: a line each.
RUN_ON_LABEL = re.compile(r"(?<=[.;])[ ]{2,}(?=[A-Z][\w\x27’ /()-]{1,40}:[ ])")
BULLET = re.compile(r"\s*[-•*–]\s")


def _short_heading(line: str) -> bool:
    name = SECTION_NUMBER.sub("", line.strip(), count=1)
    return (
        "\t" not in line
        and bool(BARE_LABEL.match(name))
        and len(name.split()) <= HEADING_WORDS
        and name[:1].isupper()
    )


# A section's number: "7. Disclosure", "Part 7 - Disclosure", "Section 7: Disclosure".
SECTION = re.compile(
    r"\s*(?:(?:part|section|box)\s*)?(\d{1,2})(\s*[.):\-–]\s|\t|\s{2,})|"
    r"\s*(?:question|q)\s?(\d{1,2})\s",
    re.IGNORECASE,
)


def _next_section(box_label: str, heading: str) -> bool:
    number = SECTION.match(heading)
    own = SECTION.match(box_label)
    if not (number and own):
        return False
    return int(number.group(1) or number.group(3)) > int(own.group(1) or own.group(3))


# Between the rows of a box's own table: a cell may hold "; " ("Arranged; she is abroad").
ROW_SEPARATOR = " • "


def _joined_row(value: str, header: list[str], cells: list[str]) -> str:
    """A row of a box's own table written with its headings ("Item: DNA ..., Due: 19/01/2027"),
    after the rows before it (``ROW_SEPARATOR``)."""
    row = ", ".join(
        f"{header[i]}: {cell}" if i < len(header) and header[i] else cell
        for i, cell in enumerate(cells)
        if cell
    )
    return f"{value}{ROW_SEPARATOR}{row}" if value else row


def _options_row(line: str) -> bool:
    """A line of tick boxes and their options ("Early advice ☐  Full Code Test ☒  Threshold
    Test ☐"), with no label or question of its own before the first box."""
    marks = list(MARK.finditer(line))
    return len(marks) >= 2 and not re.search(r"[:?]", line[: marks[0].start()])


# A person's name: two capitalised words ("Neil Robert PARSONS", "HOLLAND, Jessica").
TWO_NAMES = re.compile(r"\b[A-Z][\w'’-]+,?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+")


def _one_line_heading(form: Form, unit: list[str]) -> bool:
    box = _box_for(form, unit[0])
    return box is not None and box.one_line and unit[2:3] == ["below"]


def _weak_label(form: Form, label: str, box: Box) -> bool:
    """A one-word label ("CCTV", "Medical") may be a sub-heading of the box above it."""
    return len(label.strip(":?\t ").split()) == 1


# "Lines of enquiry. The cashier at Moorside Services describes her distress; ...": a box's
# label ended by a full stop, its value after it on the same line.
DOTTED = re.compile(r"^(?P<label>[A-Z][^.:;\t?!]{2,50}?)\.\s+(?P<value>[A-Z(].*)$")
DOTTED_WORDS = 6
DOTTED_COVER = 0.8


def _dotted_label(form: Form, line: str) -> re.Match[str] | None:
    """A label ended by a full stop, when its words are a box's label and little else ("CCTV
    obtained. It shows ..." is a sentence about CCTV, not the multimedia box)."""
    dotted = DOTTED.match(line)
    if dotted is None:
        return None
    label = dotted.group("label").strip()
    if len(label.split()) > DOTTED_WORDS or STATEMENT_LABEL.search(label):
        return None
    name = SECTION_NUMBER.sub("", label, count=1)
    for box in form.box:
        if box.one_line:
            continue  # a name or a date is not written "Victim. ..."
        for regex in box.labels:
            found = pattern(regex).search(name)
            if found and found.end() - found.start() >= DOTTED_COVER * len(name):
                return dotted
    return None


def _wrapped(before: str, line: str) -> bool:
    """A line that goes on with the sentence of the line before: that line ends with no stop
    and this one starts in lower case ("None is" / "a reasonable line of enquiry ...")."""
    return line[:1].islower() and bool(before) and not before.rstrip().endswith(SENTENCE_STOPS)


def _list_item(box_label: str, value: str, label: str) -> bool:
    """ "1. CCTV at The Ferryman (obtained, KD/1): shows ..." under "Lines of enquiry", then
    "2. Third-party records: ...": the items of the box's numbered list, each numbered on from
    the one before, not the next sections of the form."""
    number = re.match(r"\s*(\d{1,2})\s*[.)]\s", label)
    if number is None or _next_section(box_label, label):
        return False
    item = int(number.group(1))
    if item == 1:
        return not value
    # the box's value is the list from its first item, the item before this one's number
    # opening a sentence ("... attached. 2. Third-party"; "MG6C item 7." is no item)
    return bool(re.match(r"\s*1\s*[.)]\s", value)) and bool(
        re.search(rf"(?:^\s*|[.;:!?)]\s+){item - 1}\s*[.)]\s", value)
    )


CAPITALS_HEADING = re.compile(r"^(?=(?:[^a-z]*[A-Z]){6})[^a-z\t:]{4,80}$")


TICKED_LINE = re.compile(r"^\s*(?:\[\s*[xX✓✔]\s*\]|[☒☑✓✔■])\s*")


UNTICKED_LINE = re.compile(r"^\s*(?:\[\s*\]|[☐□▢])\s*\S")


LIST_MARKER = re.compile(r"^\s*(\(\d{1,2}\)|\d{1,2}[.)]|\(?[a-z][.)]|[-•*–])\s+(?=\S)")


def _heading_item(form: Form, line: str) -> bool:
    """A numbered line that is a section's heading ("7. Lines of enquiry", "(e) Outstanding:
    ..."), not an item of a list: a box's label of a few words before any colon."""
    head = LIST_MARKER.sub("", line, count=1).split(":", 1)[0].strip()
    return (
        _box_for(form, head) is not None
        and len(head.split()) <= HEADING_WORDS + 2
        and ". " not in head
    )


def _ticked_box(form: Form, line: str) -> tuple[str, str] | None:
    """A ticked line opened by a box's label ("[X] VPS offered 07/07/2026", "☒ Special measures
    considered: ABE as EIC"): the label, and the rest as its value ("Yes" when nothing follows)."""
    mark = TICKED_LINE.match(line)
    if mark is None:
        return None
    rest = line[mark.end() :].strip()
    split = SPLIT.match(rest)
    if split and _box_for(form, split.group("label")) is not None:
        label = split.group("label")
    else:
        opening = _opening_label(form, rest)
        if opening is None:
            return None
        label = opening
    # The ticked line whole is the answer ("Early advice not sought - reason: ..."): its label's
    # words say which option was ticked.
    return label, f"☒ {rest}"


def _opening_label(form: Form, text: str) -> str | None:
    """The box label that opens ``text`` ("VPS" in "VPS offered 07/07/2026"), if any."""
    for box in form.box:
        for regex in box.labels:
            found = pattern(
                regex[:-1] if regex.endswith("$") and not regex.endswith("\\$") else regex
            ).match(text)
            if found and found.end() > 0:
                return text[: found.end()]
    return None


def _leading_label(form: Form, line: str) -> tuple[str, str] | None:
    """A box label that opens a short line with no separator ("Statement of Marcus Bell"),
    as PDF text of a table of boxes reads; the value must start like one (capital or digit)."""
    if len(line) > MAX_PLAIN_LINE or CAPITALS_HEADING.match(line):
        return None  # "OUTSTANDING EVIDENCE - TARGET DATES": a heading, all of it the label
    for box in form.box:
        for regex in box.labels:
            # A label written to stand alone ("^name$") may open the line too: "Name Ann Lee".
            whole = regex.endswith("$") and not regex.endswith("\\$")
            match = pattern(regex[:-1] + r"\b" if whole else regex).match(line)
            if match and match.end() < len(line):
                value = line[match.end() :].strip()
                if value[:1].isupper() or value[:1].isdigit() or MARK.match(value):
                    return line[: match.end()], value
    return None


def _side_by_side(
    form: Form, label: str, value: str, in_box: bool = False
) -> list[tuple[str, str]]:
    """Boxes printed on one line ("Statement of: A. Name      Age if under 18: Over 18").
    ``in_box``: the line is inside a box's text, where "CCTV: none exists" is a sub-heading."""
    cells = [cell.strip() for cell in value.split("\t")]
    if len(cells) >= 3:
        # A form's row read cell by cell: "URN | 29AV0350826 | Name | Grace OYEDEPO"
        pairs = [(label, cells[0])]
        index = 1
        while index < len(cells):
            cell = cells[index]
            if index + 1 < len(cells) and cell and _box_for(form, cell) is not None:
                pairs.append((cell, cells[index + 1]))
                index += 2
            else:
                pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]}   {cell}".strip())
                index += 1
        return pairs
    parts = re.split(r"\s{3,}", value)
    if len(parts) == 1 and not (in_box and form.multiline):
        # One space apart: any label of the form's boxes on a one-line form; on a longer form,
        # only labels that end in a colon ("URN: 47DE0233126 Suspect: PELL, Gareth John, 41
        # Offences: ...": a typed header run together).
        parts = _inline_labels(form, value, colon=form.multiline) or [""]
    pairs = [(label, parts[0])]
    for part in parts[1:]:
        split = SPLIT.match(part)
        if split and _box_for(form, split.group("label")) is not None:
            pairs.append((split.group("label"), split.group("value")))
        else:
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]}   {part}")
    return pairs


LABEL_COLON = re.compile(r"[ \t]*:[ \t]")


def _inline_labels(form: Form, value: str, colon: bool = False) -> list[str]:
    """Split a one-line header at each box label in it ("Over 18 Occupation Bar manager");
    with ``colon``, only at labels followed by a colon ("... 41 Offences: Assault ...")."""
    cuts = set()
    for box in form.box:
        for regex in box.labels:
            inner = pattern(regex.removeprefix("^"))
            for match in inner.finditer(value, 0, MAX_PLAIN_LINE * 4):
                if colon and not LABEL_COLON.match(value, match.end()):
                    continue
                if match.start() > 0 and value[match.start() - 1] == " ":
                    cuts.add(match.start())
    bounds = [0, *sorted(cuts), len(value)]
    return [value[a:b].strip() for a, b in itertools.pairwise(bounds) if value[a:b].strip()]


def _table_units(
    form: Form, tables: list[list[list[str]]]
) -> tuple[list[tuple[str, str]], set[str]]:
    """(label, value) pairs from tables, and the rows they read (as ``row_line`` writes them),
    which the line reader then leaves out."""
    units: list[tuple[str, str]] = []
    read_rows: set[str] = set()
    for table in tables:
        columns: dict[int, str] = {}
        rows = [_dedupe(row) for row in table]
        if _section_column(form, rows):
            # "Section | Field | Entry": each row's label is its second cell ("Decision | Early
            # advice | Not sought ..."), under the section its first cell repeats
            rows = [row[1:] for row in rows]
        consumed = 0
        for index, row in enumerate(rows):
            if index < consumed:
                continue  # rows already read as the value of the box above them
            cells = [cell.strip() for cell in row]
            if _is_yes_no_header(cells):
                columns = {i: c.strip().capitalize() for i, c in enumerate(cells) if c.strip()}
                continue
            filled = [(i, c) for i, c in enumerate(cells) if c]
            if not filled or (len(filled) > 1 and all(NUMBERED_PERSON.match(c) for _, c in filled)):
                continue  # "Suspect 1 | Suspect 2": the headings of a column each
            below = [cell.strip() for cell in rows[index + 1]] if index + 1 < len(rows) else []
            if (
                _labels_across(form, [c for _, c in filled])
                and len(below) == len(cells)
                # values under them, no label among them ("Date range | ... | Reason | ..."
                # under "Material / holder | ... | Data types | ..." is a second row of pairs)
                and not any(_box_for(form, c) is not None for c in below if c)
            ):
                # Box labels across the table's top, their values in the row under them
                # ("URN | Suspect | Complainant" over "52CV0144826 | MORTIMER, Kyle | ...").
                units += [(c, below[i]) for i, c in filled if below[i]]
                read_rows.update(row_line(r) for r in table[index : index + 2])
                consumed = index + 2
                continue
            label_index, label = filled[0]
            rest = [
                f"{columns[i]} ☒" if i in columns and TICK_CELL.match(c) else c
                for i, c in filled[1:]
            ]
            head, _, below_head = label.partition("\n")
            if below_head.strip() and _box_for(form, head) is not None:
                # "Suspect 1" over "BLAKE, Connor James, 21 ..." in one cell: a label above its
                # value, each its own paragraph of the cell
                label, rest = head, [below_head.strip(), *rest]
            cell_split = SPLIT.match(label.replace("\n", " "))
            if cell_split and _splits_label(form, label, cell_split):
                label, first = cell_split.group("label"), cell_split.group("value")
                rest = [first, *rest]
            if _box_for(form, label) is None:
                if units and _is_continuation(form, label):
                    previous_label, previous = units[-1]
                    units[-1] = (previous_label, " ".join([previous, label, *rest]).strip())
                    read_rows.add(row_line(table[index]))
                continue
            read_rows.add(row_line(table[index]))
            if (
                label_index == 0
                and (
                    len(filled) >= SUB_TABLE_COLUMNS
                    or (len(filled) == 2 and bool(COLUMN_HEADING.match(filled[1][1])))
                )
                and _is_header(cells)
                and all(len(c) <= HEADING_CELL and not NIL_VALUE.match(c) for _, c in filled)
                and not label.rstrip().endswith(":")
                and not any(_box_for(form, c) for _, c in filled[1:])
                and index + 1 < len(rows)
                and _data_row(form, rows[index + 1])
            ):
                # A box's own table: "Outstanding item | Responsible | Target date", its rows below.
                rest, used = _rows_below(form, rows, index)
                consumed = index + used
                read_rows.update(row_line(r) for r in table[index:consumed])
                units.append((label, " ".join(" ".join(r.split()) for r in rest if r).strip()))
                continue
            if _is_pairs(cells):
                pairs = (
                    [c for c in cells if c] if len([c for c in cells if c]) == len(cells) else cells
                )
                rest = [pairs[1]]
                # A pair whose label is no box's ("Contact | 01632 ...") tells more of the box
                # before it on the row (the OIC's).
                extra: list[tuple[str, str]] = []
                for j in range(2, len(pairs) - 1, 2):
                    if _box_for(form, pairs[j]) is not None:
                        extra.append((pairs[j], pairs[j + 1]))
                    elif pairs[j + 1].strip():
                        more = f"{pairs[j].rstrip(': ')}: {pairs[j + 1]}"
                        # only a box already filled in is told more of ("Print name" beside an
                        # empty signature box is no signature)
                        if extra and extra[-1][1].strip():
                            extra[-1] = (extra[-1][0], f"{extra[-1][1]} {more}")
                        elif not extra and any(r.strip() for r in rest):
                            rest.append(more)
                units += extra
            if not any(r.strip() for r in rest) and label_index == 0 and not _is_pairs(cells):
                # (a row of label | value pairs whose value is blank is a blank box)
                rest, used = _rows_below(form, rows, index + 1)
                consumed = index + 1 + used
                read_rows.update(row_line(r) for r in table[index + 1 : consumed])
                if not used and len(cells) == 1:
                    # A heading alone in its table ("4. Lines of enquiry", its text in the next
                    # table or paragraph): the line reader reads it with what follows.
                    read_rows.discard(row_line(table[index]))
                    continue
            units.append((label, " ".join(" ".join(r.split()) for r in rest if r).strip()))
    return units, read_rows


def _section_column(form: Form, rows: list[list[str]]) -> bool:
    """The table's first column names sections, each over several rows, and its second holds
    the form's labels (a case system's export: "Evidence | Complainant account | ...")."""
    wide = [row for row in rows if len(row) >= 3 and row[0].strip() and row[1].strip()]
    if len(wide) < SECTION_ROWS:
        return False
    sections = {row[0].strip() for row in wide}
    first_labels = sum(1 for row in wide if _box_for(form, row[0]) is not None)
    second_labels = sum(1 for row in wide if _box_for(form, row[1]) is not None)
    return len(sections) * 3 <= len(wide) * 2 and second_labels > 2 * max(first_labels, 1)


SECTION_ROWS = 6


def _data_row(form: Form, row: list[str]) -> bool:
    """A row of a box's own table, under its heading row: not a "Label | value" row of the form
    ("Name | Dominic REID" then "Age | Over 18" is a form, not a table)."""
    filled = [c.strip() for c in row if c.strip()]
    return len(filled) >= SUB_TABLE_COLUMNS - 1 and _box_for(form, filled[0]) is None


def _splits_label(form: Form, cell: str, split: re.Match[str]) -> bool:
    """A one-cell box "Label: value" splits; "Investigation: reasonable lines of enquiry,
    including ..." does not, since its second half names the same box: it is all label."""
    value = split.group("value").strip()
    if not value:
        return False
    box = _box_for(form, split.group("label"))
    if box is None:
        return _box_for(form, cell) is None
    inner = SPLIT.match(value)
    if inner and inner.group("value").strip() and _box_for(form, inner.group("label")) is box:
        return True  # "Signature: Signed: S. PATEL": the box's label, then a typed copy's mark
    if re.fullmatch(r"[\[(][^\[\]()]{1,40}[\])]\.?", value):
        return True  # "Signature: [signed]": a bracketed mark is a value, never a label
    return _box_for(form, value) is not box


def _is_pairs(cells: list[str]) -> bool:
    """A row of label | value | label | value ("Direct telephone | ... | Email | ...")."""
    if len(cells) < 4 or len(cells) % 2:
        return False
    return all(_is_label_cell(cells[j]) for j in range(0, len(cells), 2))


def _is_label_cell(cell: str) -> bool:
    """A cell that reads as a label: short, no tick mark, and no figures unless it ends as a
    label ends ("Age if under 18:")."""
    return (
        bool(cell)
        and len(cell) <= 60
        and not MARK.search(cell)
        and (not re.search(r"\d", cell) or cell.rstrip().endswith((":", "?")))
    )


def _rows_below(form: Form, rows: list[list[str]], start: int) -> tuple[list[str], int]:
    """The rows under a box's label, up to the next label, and how many they are.

    A sub-table with a heading row becomes "Column: cell, Column: cell" per row, joined by
    ``ROW_SEPARATOR``,
    so its headings stay with their cells ("Target date: 12/12/2026"); label | value pairs become
    "Label: value"."""
    block: list[list[str]] = []
    for row in rows[start:]:
        cells = [c.strip() for c in row]
        filled = [c for c in cells if c]
        if not filled or _is_yes_no_header(cells):
            break
        heading_row = not block and _is_header(cells)
        in_sub_table = bool(block) and _is_header(block[0]) and len(filled) >= 2
        one_cell = SPLIT.match(filled[0]) if len(filled) == 1 else None
        if one_cell and _splits_label(form, filled[0], one_cell):
            named = _box_for(form, one_cell.group("label"))
            if named is None or (not block and _weak_label(form, one_cell.group("label"), named)):
                block.append(cells)  # "DNA: at the lab, target 12/12/2026": content of this box
                continue
            break
        if (
            not heading_row
            and not in_sub_table
            and (_box_for(form, filled[0]) is not None or _is_continuation(form, filled[0]))
        ):
            break
        narrower = len(filled) < len([c for c in block[0] if c]) - 1 if block else False
        if in_sub_table and narrower and _box_for(form, filled[0]) is not None:
            break  # a "label | value" row after the sub-table: the next box
        if len(filled) == 1 and block and len([c for c in block[0] if c]) > 1:
            break  # a heading row of its own: the next section
        block.append(cells)
    header = block[0] if block else []
    width = len([c for c in header if c])
    if _is_header(header) and (len(block) >= 3 or (len(block) == 2 and width % 2)):
        lines = [
            ", ".join(
                f"{header[i]}: {cell}" if i < len(header) and header[i] else cell
                for i, cell in enumerate(row)
                if cell
            )
            for row in block[1:]
        ]
        return [ROW_SEPARATOR.join(lines)], len(block)
    lines = []
    for row in block:
        if _is_pairs(row):
            lines.append(
                ", ".join(f"{row[j]}: {row[j + 1]}" for j in range(0, len(row), 2) if row[j + 1])
            )
        else:
            lines.append(" ".join(c for c in row if c))
    return lines, len(block)


def _is_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 2 and not any(re.search(r"\d|[☒☑☐]", c) for c in filled)


def _is_yes_no_header(cells: list[str]) -> bool:
    words = {c.strip().lower() for c in cells if c.strip()}
    return {"yes", "no"} <= words and len(words) <= 4


def _dedupe(row: list[str]) -> list[str]:
    """Merged cells repeat their text; keep each run of equal cells once (blanking the repeats)."""
    out: list[str] = []
    for index, cell in enumerate(row):
        out.append("" if index and cell and cell == row[index - 1] else cell)
    return out


def ticks(text: str) -> list[Tick] | None:
    """The tick-box options in a box's content ("Yes ☐ No ☒"), or None when it has none."""
    marks = list(MARK.finditer(text))
    if not marks:
        return None
    mark_first = _marks_precede(text, marks)
    options: list[Tick] = []
    for index, mark in enumerate(marks):
        if mark_first:
            end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
            # "☒ No - No further enquiries are outstanding. Reason: ...": the option is "No";
            # what follows it is the box's answer in words
            option = OPTION_END.split(text[mark.end() : end].strip(), maxsplit=1)[0]
        else:
            start = marks[index - 1].end() if index else 0
            option = text[start : mark.start()]
        options.append(Tick(" ".join(option.split()), is_ticked(mark.group(0))))
    return options


OPTION_END = re.compile(r"\s+[-–—:]\s+|[.;]\s+")


def _marks_precede(text: str, marks: list[re.Match[str]]) -> bool:
    """Marks come before their options ("☒ Yes ☐ No", "(tick one) ☐ No ☒ Yes") when nothing
    but an instruction precedes the first mark, or a short option word follows the last."""
    before = text[: marks[0].start()].strip()
    after = text[marks[-1].end() :].strip()
    if not before or INSTRUCTION.fullmatch(before) or before.endswith(("?", ":")):
        return True  # nothing, an instruction, or the box's question ("Anything outstanding?")
    return bool(after) and len(after.split()) <= 3 and before.split()[-1:] != after.split()[:1]


def is_ticked(mark: str) -> bool:
    return any(c in TICKED for c in mark) or bool(re.search(r"[xX✓✔]", mark))


def after_ticks(text: str) -> str:
    """The words after the last tick box (a reason, a detail), or the whole text if none."""
    marks = list(MARK.finditer(text))
    if not marks:
        return text
    if _marks_precede(text, marks):
        return ""  # marks precede their options: the words after the last mark are its option
    return text[marks[-1].end() :].strip()


def interpret(box: Box, reading: BoxReading) -> str | None:
    """The canonical value a box states; '' when it is empty or nothing is ticked; None when
    its wording is not understood (or it is an unfilled template: "Yes / No")."""
    if reading.empty:
        return ""
    options = ticks(reading.text)
    if options:
        chosen = [o.option for o in options if o.ticked]
        if not chosen:
            return ""
        if any(BOTH_ANSWERS.search(option) for option in chosen):
            return None  # one mark against "Yes No": which one it belongs to is unclear
        values = {v for option in chosen if (v := _first_stated(box, option, False)) is not None}
        return values.pop() if len(values) == 1 else None
    if UNFILLED.search(reading.text):
        return None
    # "N/A - see below. Not sought: ...": the pointer is no answer; what follows is
    text = POINTER.sub("", reading.text, count=1) or reading.text
    return _first_stated(box, text)


POINTER = re.compile(
    r"^\s*(n/?a\s*[-–—:,]?\s*)?see (below|above|attached|overleaf)\s*[.;:,-]?\s*(?=\S)",
    re.IGNORECASE,
)


def _first_stated(box: Box, text: str, leading_decides: bool = True) -> str | None:
    """The value the box states. When words for two different values appear ("Not yet
    considered by the court; MG2 completed"), only a leading Yes or No decides; else None."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for value, patterns in box.values.items():
        for regex in patterns:
            spans[value] = spans.get(value, []) + [m.span() for m in pattern(regex).finditer(text)]
    # "not referred" holds "referred": words inside another value's words do not count.
    stated = {
        value
        for value, found in spans.items()
        if any(
            not any(
                other != value and a <= start and end <= b and (a, b) != (start, end)
                for other, others in spans.items()
                for a, b in others
            )
            for start, end in found
        )
    }
    if len(stated) > 1:
        # "Full Code Test charging decision (not a threshold test)": a value named only to be
        # denied is not stated.
        denied = {
            value
            for value in stated
            if all(
                DENIED_BEFORE.search(text, max(0, start - 12), start) for start, _ in spans[value]
            )
        }
        if len(stated - denied) == 1:
            return (stated - denied).pop()
    if len(stated) <= 1:
        return next(iter(stated), None)
    # "Not sought: the suspect admitted ...": the answer the box opens with decides.
    opening = {
        value
        for value in stated
        if any(start <= 1 and ANSWER_THEN.match(text, end) for start, end in spans[value])
    }
    if leading_decides and len(opening) == 1 and not _inside_other(opening, spans):
        return opening.pop()
    leading = LEADING_ANSWER.match(text) if leading_decides else None
    if leading:
        for value, patterns in box.values.items():
            if any(pattern(regex).match(leading.group(0)) for regex in patterns):
                return value
    # "Full Code Test or Threshold Test? Full Code Test.": the form's question, then the answer
    question, mark, answer = text.partition("?")
    if mark and answer.strip() and len(question) <= QUESTION_REACH:
        answered = _first_stated(box, answer, leading_decides)
        if answered is not None:
            return answered
    # "Early advice not sought: a straightforward issue ... obtained within a week": the
    # answer before the colon, its reason after it
    head, colon, _ = text.partition(":")
    if colon and head.strip() and len(head) <= ANSWER_HEAD and head != text:
        answered = _first_stated(box, head, leading_decides)
        if answered is not None:
            return answered
    first_sentence = SENTENCE.split(text.strip(), maxsplit=1)[0]
    if first_sentence != text.strip():  # "Threshold Test. Reasons: the full code test cannot ..."
        return _first_stated(box, first_sentence, leading_decides)
    # "Early advice was not sought because the key evidence was obtained quickly": the reason
    # explains the answer, its words ("obtained") are no second answer.
    answer = REASON_GIVEN.split(text, maxsplit=1)[0]
    if answer.strip() and answer != text:
        return _first_stated(box, answer, leading_decides)
    return None


ANSWER_HEAD = 60
QUESTION_REACH = 90
DENIED_BEFORE = re.compile(r"\bnot( an?| the)?\s*$", re.IGNORECASE)
REASON_GIVEN = re.compile(r"\s(?:because|as|since|given that|due to|owing to)\s", re.IGNORECASE)


# An answer given as a label gives it: "Not sought: ...", "Yes - ...", "Not sought, for the
# reason given on the MG3 ...".
ANSWER_THEN = re.compile(r"(\s+\w+){0,2}\s*[:\-–—,;.]")


def _inside_other(opening: set[str], spans: dict[str, list[tuple[int, int]]]) -> bool:
    """The opening words of one value lie inside a longer match of another ("Not sought"
    opens with "No", and holds "sought")."""
    (value,) = opening
    first = min(spans[value])
    return any(
        a <= first[0] and first[1] <= b and (a, b) != first
        for other, found in spans.items()
        if other != value
        for a, b in found
    )


def quote(text: str, limit: int = 100) -> str:
    """A short quotation of what a document says, for a finding's message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

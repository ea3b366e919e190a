"""Read Rich Text (.rtf) documents as text: a small reader that keeps what a reader sees.

One pass over the bytes with an explicit group stack (no recursion), so hostile nesting cannot
exhaust the interpreter's stack, and skipped groups (fonts, pictures, embedded objects) are jumped
over by a scan for their closing brace. Tables come out as in read_docx: a table of cell texts, and
each row tab-joined in its place among the paragraphs (a form's boxes and typed text interleave).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from typing import IO

from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem
from gatekeeper.tables import row_line

MAX_BYTES = 256 * 1024 * 1024
MAX_DEPTH = 500  # Word nests a few dozen groups deep at most
MAX_TITLE = 500
TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word, its parameter, its delimiting space
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    rb"|\\(.)"  # control symbol: \{ \} \\ \~ \- \_ \* and a backslash before a line end
    rb"|([{}])"
    rb"|[\r\n]+"  # line ends in the file are not text
    rb"|([^\\{}\r\n]+)",
    re.DOTALL,
)
WORD, PARAM, HEX, SYMBOL, BRACE, RUN = range(1, 7)  # TOKEN's groups
SKIP_SCAN = re.compile(rb"\\bin(-?\d{1,10}) ?|\\[\\{}]|[{}]")
# Groups that hold no text a reader sees: tables of fonts and styles, pictures, embedded data,
# field codes, shape properties, index entries; footnotes and comments (read_docx omits those too).
SKIPPED = frozenset(
    b"fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl pict objdata "
    b"objclass fldinst datafield themedata colorschememapping latentstyles datastore xmlnstbl "
    b"filetbl pgdsctbl footnote annotation sp nonshppict xe tc".split()
)
CHARACTERS = {
    b"tab": "\t",
    b"line": "\n",
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"bullet": "\u2022",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"emspace": " ",
    b"enspace": " ",
    b"qmspace": " ",
}
SYMBOLS = {b"~": "\xa0", b"_": "\u2011", b"-": "", b"\\": "\\", b"{": "{", b"}": "}"}
CODE_PAGES = {b"mac": "mac_roman", b"pc": "cp437", b"pca": "cp850", b"ansi": "cp1252"}
BREAKS = frozenset({b"par", b"sect", b"page", b"\n", b"\r"})
TRUNCATED = (
    "the RTF document is incomplete (its end is missing): it was probably cut off while being "
    "copied or downloaded; ask for the complete file"
)

TEXT, INFO, TITLE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class _State:
    """What a group inherits from its parent: where its text goes and how to read it."""

    dest: int = TEXT
    uc: int = 1  # how many fallback characters follow each \uN
    in_table: bool = False


class _Reader:
    """The text, tables and title of one RTF document, built token by token."""

    def __init__(self, data: bytes, max_chars: int) -> None:
        self.data = data
        self.max_chars = max_chars
        self.encoding = "cp1252"
        self.state = _State()
        self.stack: list[_State] = []
        self.raw = bytearray()  # bytes awaiting decoding, so multi-byte code pages decode whole
        self.line: list[str] = []
        self.lines: list[str] = []
        self.cell: list[str] = []
        self.row: list[str] = []
        self.rows: list[list[str]] = []
        self.tables: list[list[list[str]]] = []
        self.title: list[str] = []
        self.fallback = 0  # characters still to drop after a \uN
        self.chars = 0
        self.stopped = False
        self.ended = False

    def run(self) -> None:
        data, pos, end = self.data, 0, len(self.data)
        while pos < end and not self.ended and self.chars <= self.max_chars:
            match = TOKEN.match(data, pos)
            if match is None:
                break  # a lone backslash at the very end
            pos = match.end()
            kind = match.lastindex  # which alternative matched: 1-2 word, 3 hex, 4 symbol ...
            if kind == RUN:
                self._bytes(match.group(RUN))
            elif kind in (WORD, PARAM):
                param = match.group(PARAM)
                pos = self._word(match.group(WORD), int(param) if param else None, pos)
            elif kind == HEX:
                self._bytes(bytes.fromhex(match.group(HEX).decode("ascii")))
            elif kind == BRACE:
                self.fallback = 0
                pos = self._open(pos) if match.group(BRACE) == b"{" else self._close(pos)
            elif kind == SYMBOL:
                pos = self._symbol(match.group(SYMBOL), pos)
        self.stopped = self.chars > self.max_chars

    def _open(self, pos: int) -> int:
        if len(self.stack) >= MAX_DEPTH:
            raise ReadError(
                Problem.CORRUPT,
                f"the RTF document nests more than {MAX_DEPTH} levels deep, which no real "
                "document does: not read",
            )
        self._flush()
        self.stack.append(self.state)
        return pos

    def _close(self, pos: int) -> int:
        self._flush()
        if not self.stack:
            self.ended = True
            return pos
        self.state = self.stack.pop()
        if not self.stack:
            self.ended = True  # the document's own group is closed: anything after is not RTF
        return pos

    def _skip_group(self, pos: int) -> int:
        """Jump past the rest of the current group, as if its closing brace had been read."""
        data, depth = self.data, 1
        while (match := SKIP_SCAN.search(data, pos)) is not None:
            pos = match.end()
            token = match.group(0)
            if match.group(1) is not None:
                pos += max(0, int(match.group(1)))
            elif token == b"{":
                depth += 1
            elif token == b"}":
                depth -= 1
                if depth == 0:
                    return self._close(pos)
        return len(data)  # cut off inside the group: run() sees the open stack

    def _word(self, word: bytes, param: int | None, pos: int) -> int:
        if self.fallback:
            self.fallback -= 1
            return pos
        if word in SKIPPED and len(self.stack) > 1:
            return self._skip_group(pos)
        if word == b"u" and param is not None:
            self._text(chr(param % 0x10000))  # a signed 16-bit value: negative above 32767
            self.fallback = self.state.uc
        elif word in CHARACTERS:
            self._text(CHARACTERS[word])
        elif word in BREAKS:
            self._paragraph()
        elif word in (b"cell", b"nestcell"):
            self._end_cell(nested=word == b"nestcell")
        elif word == b"row":
            self._end_row()
        elif word == b"bin":
            pos += max(0, param or 0)  # binary data is never text
        else:
            self._property(word, param)
        return pos

    def _property(self, word: bytes, param: int | None) -> None:
        state = self.state
        if word == b"uc" and param is not None:
            self.state = replace(state, uc=max(0, min(param, 10)))
        elif word in (b"intbl", b"pard"):
            in_table = word == b"intbl"
            if state.in_table != in_table:  # \pard comes before every paragraph: keep it cheap
                self.state = replace(state, in_table=in_table)
        elif word == b"info":
            self._flush()
            self.state = replace(state, dest=INFO)
        elif word == b"title" and state.dest == INFO:
            self.state = replace(state, dest=TITLE)
        elif word == b"ansicpg" and param is not None:
            self.encoding = _code_page(param)
        elif word in CODE_PAGES:
            self.encoding = CODE_PAGES[word]

    def _symbol(self, symbol: bytes, pos: int) -> int:
        if self.fallback:
            self.fallback -= 1
        elif symbol == b"*":
            return (
                self._skip_group(pos) if len(self.stack) > 1 else pos
            )  # a destination we may not know
        elif symbol in BREAKS:
            self._paragraph()
        elif symbol in SYMBOLS:
            self._text(SYMBOLS[symbol])
        return pos

    def _bytes(self, run: bytes) -> None:
        if self.fallback:
            dropped = min(self.fallback, len(run))
            self.fallback -= dropped
            run = run[dropped:]
        if self.state.dest != INFO:
            self.raw += run
            self.chars += len(run)

    def _text(self, text: str) -> None:
        self._flush()
        if self.state.dest == TEXT:
            self.line.append(text)
        elif self.state.dest == TITLE and len(self.title) < MAX_TITLE:
            self.title.append(text)
        self.chars += len(text)

    def _flush(self) -> None:
        if self.raw:
            text = bytes(self.raw).decode(self.encoding, "replace")
            self.raw.clear()
            if self.state.dest == TEXT:
                self.line.append(text)
            elif self.state.dest == TITLE:
                self.title.append(text)

    def _take_line(self) -> str:
        self._flush()
        text = "".join(self.line)
        self.line = []
        return text

    def _paragraph(self) -> None:
        if self.state.dest != TEXT:
            return
        text = self._take_line()
        if self.state.in_table:
            self.cell.append(text)
        else:
            self._end_table()
            self.lines.append(text)

    def _end_cell(self, nested: bool) -> None:
        self.cell.append(self._take_line())
        if not nested:  # a nested table's cells are read as lines of the enclosing cell
            self.row.append("\n".join(self.cell).strip())
            self.cell = []

    def _end_row(self) -> None:
        self._take_line()
        if self.cell:
            self.row.append("\n".join(self.cell).strip())
            self.cell = []
        self.rows.append(self.row)
        self.row = []

    def _end_table(self) -> None:
        if self.row:
            self._end_row()
        if self.rows:
            self.tables.append(self.rows)
            self.lines += [row_line(row) for row in self.rows]
            self.rows = []

    def finish(self) -> None:
        last = self._take_line()
        if self.cell or self.row:
            self.cell.append(last)
            self._end_row()
        elif last:
            self.lines.append(last)
        self._end_table()


def read_rtf(handle: IO[bytes], max_chars: int) -> Partial:
    """The text of an RTF document: paragraphs and table rows (tab-joined) in order."""
    data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ReadError(
            Problem.TOO_LARGE,
            f"the RTF document is larger than {MAX_BYTES // 2**20} MB, more than a text "
            "document needs: ask for it as PDF",
        )
    if not data.lstrip(b"\r\n\t ").startswith(b"{\\rtf"):
        raise ReadError(Problem.CORRUPT, "the file is not a Rich Text document, or is damaged")
    reader = _Reader(data, max_chars)
    reader.run()
    cut_off = bool(reader.stack) and not reader.stopped
    reader.finish()
    text = _whole("\n".join(reader.lines))
    if cut_off and not text.strip():
        raise ReadError(Problem.TRUNCATED, TRUNCATED)
    title = _whole("".join(reader.title)).strip()
    return Partial(
        text=text[:max_chars],
        text_truncated=reader.stopped or len(text) > max_chars,
        tables=reader.tables,
        metadata_title=title[:MAX_TITLE] or None,
        partial_problem=(Problem.TRUNCATED, TRUNCATED) if cut_off else None,
    )


def _code_page(number: int) -> str:
    name = "utf-8" if number == 65001 else f"cp{number}"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


def _whole(text: str) -> str:
    """Join the surrogate pairs \\uN writes for characters beyond the BMP; replace lone halves."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")

"""A PDF page as positioned text: lines, cells, tables, with the page's furniture taken out.

PDFium gives a page's text as runs with their rectangles (``PdfTextPage.get_rect``). From them:
- **lines**: runs whose vertical centres fall together, left to right; runs far apart on a line
  are separate cells (a form's label and its value, a table's columns), written tab-separated as
  an Office reader writes a table row (``gatekeeper.tables.row_line``);
- **boxed values**: a run of one-character cells evenly spaced (a URN or a date written in the
  national form's separate boxes) is one value;
- **rows**: when the page draws rules (a form's boxes, a table's grid), lines between the same
  two horizontal rules are one row, so a label or an entry wrapped over lines stays one cell;
- **tables**: consecutive lines of two or more cells whose columns line up; a table that runs
  on to the next page with the same columns is one table, its repeated heading row dropped;
- **furniture**: running heads and feet repeated across pages ("Page 1 of 3", "OFFICIAL-
  SENSITIVE", "Printed by ...") are dropped; a repeated title is kept on its first page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from gatekeeper.tables import row_line

CELL_GAP = 9.0  # points between runs on a line that make them separate cells
BAND = 0.1  # the top and bottom tenth of a page hold its running head and foot
RULE_MIN_WIDTH = 30.0
MAX_ROW_HEIGHT = 160.0  # points: a row of a form or table, not a page of prose in a frame
COLUMN_TOLERANCE = 12.0
MAX_RULES = 3000
MAX_FORM_DEPTH = 4
# A picture or a drawn shape of many strokes no larger than this is ink on a line (a signature,
# a tick), not a page's drawing: it reads as "[ink]" in its place.
INK_WIDTH = 300.0
INK_HEIGHT = 60.0
INK_SEGMENTS = 8
# A stroke of a line drawn piece by piece: a path of a segment or two, slanting, short.
STROKE_MIN = 0.5
STROKE_MAX = 40.0
STROKE_SEGMENTS = 3
STROKE_GAP = 2.0
FURNITURE = re.compile(
    r"\bpage\s*#+(\s*(of|/)\s*#+)?|^\s*(page\s*)?#+\s*(of|/)\s*#+\s*$|^\s*-?\s*#+\s*-?\s*$|"
    r"\bofficial[- ]sensitive\b|^\s*(official|restricted|confidential|secret)\b|"
    r"\bwhen complete(d)?\b|\bprinted (by|on|at)\b|\bgenerated (by|on)\b",
    re.IGNORECASE,
)


@dataclass
class Run:
    text: str
    left: float
    bottom: float
    right: float
    top: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(1.0, self.top - self.bottom)


@dataclass
class Line:
    runs: list[Run]
    cells: list[Run] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    """Set once the line's runs are known (``_lines``): asked often, never recomputed."""

    @property
    def text(self) -> str:
        return "\t".join(c.text for c in self.cells)


@dataclass
class Page:
    lines: list[Line]
    rules: list[float]
    """The heights of the horizontal rules drawn across the page (a form's or table's grid)."""
    height: float


INK = "[ink]"


@dataclass
class Drawing:
    """What a page draws that shapes its text: horizontal rules, and the vertical edges of its
    boxes (a form's cells, a table's grid), each edge with the heights it spans."""

    rules: list[float] = field(default_factory=list)
    edges: list[tuple[float, float, float]] = field(default_factory=list)
    """(x, bottom, top) of each vertical edge."""
    ink: list[tuple[float, float, float, float]] = field(default_factory=list)
    """(left, bottom, right, top) of small pictures and scribbles: a signature drawn or pasted
    in, a tick drawn in a box."""


def read_page(page: Any, text_page: Any, text: str | None = None) -> Page:
    """A PDFium page's runs as lines of cells, and the horizontal rules it draws.

    ``text``: the page's text as PDFium runs it together (``get_text_range``), when the caller
    has it. A page of plain lines that draws nothing (a statement's prose, a download report),
    one run a line, takes each run's words from it, in order, instead of asking PDFium for the
    words inside each rectangle: the same lines at a third of the cost."""
    count = text_page.count_rects()
    drawing = _drawing(page)
    plain = None
    if text is not None and not drawing.edges and not drawing.rules:
        plain = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
        if len(plain) != count:
            plain = None
    runs: list[Run] = [Run(INK, *box) for box in drawing.ink]
    for index in range(count):
        left, bottom, right, top = text_page.get_rect(index)
        words = (
            plain[index]
            if plain is not None
            else text_page.get_text_bounded(left, bottom, right, top)
        )
        words = " ".join(words.replace("\r", " ").replace("\n", " ").split())
        if words:
            runs.append(Run(words, left, bottom, right, top))
    return Page(_lines(runs, drawing), drawing.rules, float(page.get_height()))


def _drawing(page: Any) -> Drawing:
    """The page's rules and box edges, from its path objects (and those of its forms, a few
    levels deep). Read through PDFium's own calls: a page of text has thousands of text objects,
    and wrapping each to ask its type costs more than the rest of the page."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    drawing = Drawing()
    heights: set[float] = set()
    strokes: list[tuple[float, float, float, float]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    seen = 0

    def visit(count: int, get: Any, depth: int) -> None:
        nonlocal seen
        for index in range(count):
            if seen >= MAX_RULES:
                return
            item = get(index)
            kind = pdfium_c.FPDFPageObj_GetType(item)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
                visit(
                    pdfium_c.FPDFFormObj_CountObjects(item),
                    lambda i, form=item: pdfium_c.FPDFFormObj_GetObject(form, i),
                    depth + 1,
                )
                continue
            if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
                continue
            seen += 1
            if not pdfium_c.FPDFPageObj_GetBounds(item, left, bottom, right, top):
                continue
            width, height = right.value - left.value, top.value - bottom.value
            if (
                kind == pdfium_c.FPDF_PAGEOBJ_PATH
                and STROKE_MIN < width <= STROKE_MAX
                and STROKE_MIN < height <= STROKE_MAX
                and pdfium_c.FPDFPath_CountSegments(item) <= STROKE_SEGMENTS
            ):
                # a slanting stroke: one piece of a line drawn stroke by stroke (a signature)
                strokes.append((left.value, bottom.value, right.value, top.value))
            if (
                width <= INK_WIDTH
                and 2 <= height <= INK_HEIGHT
                and (
                    kind == pdfium_c.FPDF_PAGEOBJ_IMAGE
                    or pdfium_c.FPDFPath_CountSegments(item) >= INK_SEGMENTS
                )
            ):
                drawing.ink.append((left.value, bottom.value, right.value, top.value))
                continue
            if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
                continue
            if width >= RULE_MIN_WIDTH:
                heights.add(round(bottom.value, 1))
                if height > 2:  # a box: its top edge is a rule too
                    heights.add(round(top.value, 1))
            if height > 4:  # a box's sides, or a line drawn down the page
                drawing.edges.append((round(left.value), bottom.value, top.value))
                if width > 2:
                    drawing.edges.append((round(right.value), bottom.value, top.value))

    try:
        raw = page.raw
        visit(
            pdfium_c.FPDFPage_CountObjects(raw),
            lambda i: pdfium_c.FPDFPage_GetObject(raw, i),
            0,
        )
    except Exception:  # a damaged drawing: read the page without it
        return Drawing()
    drawing.rules = sorted(heights)
    drawing.ink += _scribbles(strokes)
    return drawing


def _scribbles(
    strokes: list[tuple[float, float, float, float]],
) -> list[tuple[float, float, float, float]]:
    """Slanting strokes that touch one another, many of them, as one scribble: a signature
    drawn as a polyline of short segments, each a path of its own. Box edges and rules are
    upright or level, never strokes; a lone tick is too few."""
    scribbles: list[list[float]] = []
    counts: list[int] = []
    for left, bottom, right, top in sorted(strokes):
        for index, box in enumerate(scribbles):
            if (
                left <= box[2] + STROKE_GAP
                and right >= box[0] - STROKE_GAP
                and bottom <= box[3] + STROKE_GAP
                and top >= box[1] - STROKE_GAP
            ):
                box[:] = [
                    min(box[0], left),
                    min(box[1], bottom),
                    max(box[2], right),
                    max(box[3], top),
                ]
                counts[index] += 1
                break
        else:
            scribbles.append([left, bottom, right, top])
            counts.append(1)
    return [
        (box[0], box[1], box[2], box[3])
        for box, count in zip(scribbles, counts, strict=True)
        if count >= INK_SEGMENTS and box[2] - box[0] <= INK_WIDTH and box[3] - box[1] <= INK_HEIGHT
    ]


def _lines(runs: list[Run], drawing: Drawing | None = None) -> list[Line]:
    """Runs grouped into lines (top of the page first), each line's runs into cells."""
    lines: list[Line] = []
    # (middle, height) of each recent line's first run, beside the line: compared for every run.
    anchors: list[tuple[float, float]] = []
    for run in sorted(runs, key=lambda r: (-(r.top + r.bottom), r.left)):
        middle = (run.top + run.bottom) / 2
        height = max(1.0, run.top - run.bottom)
        for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            anchor_middle, anchor_height = anchors[index]
            if abs(anchor_middle - middle) <= 0.5 * min(anchor_height, height):
                lines[index].runs.append(run)
                break
        else:
            lines.append(Line([run]))
            anchors.append((middle, height))
    for line in lines:
        line.runs.sort(key=lambda r: r.left)
        line.top = max(r.top for r in line.runs)
        line.bottom = min(r.bottom for r in line.runs)
        boxed = _in_boxes(line, drawing) if drawing and drawing.edges else None
        line.cells = _ticked(_boxed(boxed if boxed is not None else _cells(line.runs)))
    return lines


def _in_boxes(line: Line, drawing: Drawing) -> list[Run] | None:
    """A line drawn across boxes: one cell per box, an empty box an empty cell (a signature
    box left blank). None when fewer than two boxes cross the line."""
    middle = (line.top + line.bottom) / 2
    xs = sorted({x for x, bottom, top in drawing.edges if bottom - 1 <= middle <= top + 1})
    bounds = [x for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > 6]
    if len(bounds) < 3:
        return None
    cells: list[Run] = []
    outside: list[Run] = []
    slots: list[list[Run]] = [[] for _ in bounds[:-1]]
    for run in line.runs:
        centre = (run.left + run.right) / 2
        where = next(
            (i for i in range(len(bounds) - 1) if bounds[i] <= centre < bounds[i + 1]), None
        )
        (outside if where is None else slots[where]).append(run)
    if not any(slots):
        return None
    for index, held in enumerate(slots):
        if held:
            text = " ".join(c.text for c in _cells(held))
            cells.append(
                Run(
                    text,
                    bounds[index],
                    min(c.bottom for c in held),
                    bounds[index + 1],
                    max(c.top for c in held),
                )
            )
        else:
            cells.append(Run("", bounds[index], line.bottom, bounds[index + 1], line.top))
    if outside:
        cells = sorted(cells + _cells(outside), key=lambda c: c.left)
    return cells


# A list's bullet drawn as a run of its own, set apart from its item's words: list furniture,
# not a column (a bulleted list is no table).
BULLET_GLYPHS = frozenset("•◦▪‣⁃·")  # not "■" or "□": a tick box and its option
BULLET_REACH = 3.0  # item heights between a bullet and its words


def _cells(runs: list[Run]) -> list[Run]:
    cells: list[Run] = []
    for run in runs:
        bullet = (
            len(cells) == 1
            and cells[0].text.strip() in BULLET_GLYPHS
            and run.left - cells[0].right < BULLET_REACH * run.height
        )
        if bullet or (cells and run.left - cells[-1].right < max(CELL_GAP, run.height * 0.9)):
            last = cells[-1]
            gap = run.left - last.right
            joiner = "" if gap < run.height * 0.15 and not last.text.endswith(" ") else " "
            cells[-1] = Run(
                last.text + joiner + run.text,
                last.left,
                min(last.bottom, run.bottom),
                max(last.right, run.right),
                max(last.top, run.top),
            )
        else:
            cells.append(Run(run.text, run.left, run.bottom, run.right, run.top))
    return cells


BOX_CHAR = re.compile(r"^[A-Za-z0-9/]{1,2}$")


def _boxed(cells: list[Run]) -> list[Run]:
    """Characters written one to a box (a URN, a date) joined into one value."""
    out: list[Run] = []
    index = 0
    while index < len(cells):
        end = index
        while (
            end + 1 < len(cells)
            and BOX_CHAR.match(cells[end].text)
            and BOX_CHAR.match(cells[end + 1].text)
            and cells[end + 1].left - cells[end].right < 4 * cells[end].height
        ):
            end += 1
        if end - index + 1 >= 4:
            group = cells[index : end + 1]
            out.append(
                Run(
                    "".join(c.text for c in group),
                    group[0].left,
                    min(c.bottom for c in group),
                    group[-1].right,
                    max(c.top for c in group),
                )
            )
            index = end + 1
        else:
            out.append(cells[index])
            index += 1
    return out


TICK_BOX_WIDTH = 22.0  # points: a tick box, not a column
MARKS = {"x", "✓", "✔", "✗", "✘", "■", "●", "☒", "☑", "/", INK}


def _ticked(cells: list[Run]) -> list[Run]:
    """Tick boxes drawn beside their options ("Full Code Test [X] Threshold Test [ ]") written as
    the marks the box reader knows ("Full Code Test ☒"), each joined to its option: the one
    before it, or after it when the line starts with a box."""
    boxes = [
        c.right - c.left <= TICK_BOX_WIDTH and c.text.strip().lower() in MARKS | {""} for c in cells
    ]
    if (
        not any(boxes)
        or all(boxes)
        or not any(c.text.strip() for c, b in zip(cells, boxes, strict=True) if not b)
    ):
        return cells
    before = boxes[0]  # the boxes stand before their options
    out: list[Run] = []
    pending = ""
    for cell, box in zip(cells, boxes, strict=True):
        mark = ("☒" if cell.text.strip() else "☐") if box else ""
        if box and before:
            pending = mark
        elif box and out:
            last = out[-1]
            out[-1] = Run(f"{last.text} {mark}", last.left, last.bottom, cell.right, last.top)
        elif box:
            pending = mark
        else:
            text = f"{pending} {cell.text}".strip() if pending else cell.text
            out.append(Run(text, cell.left, cell.bottom, cell.right, cell.top))
            pending = ""
    return out


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def drop_furniture(pages: list[Page]) -> None:
    """Take out running heads and feet: lines in a page's top or bottom band that recur on other
    pages (numbers aside), or that only number the page or mark its classification."""
    seen: Counter[str] = Counter()
    banded: list[list[tuple[Line, str]]] = []
    for page in pages:
        in_band = [
            (line, _norm(line.text))
            for line in page.lines
            if line.top >= page.height * (1 - BAND) or line.bottom <= page.height * BAND
        ]
        banded.append(in_band)
        seen.update({norm for _, norm in in_band})
    kept_once: set[str] = set()
    for page, in_band in zip(pages, banded, strict=True):
        drop: list[int] = []
        for line, norm in in_band:
            furniture = bool(FURNITURE.search(norm))
            repeated = len(pages) > 1 and seen[norm] > 1
            if furniture and (repeated or _only_furniture(norm)):
                drop.append(id(line))
            elif repeated:
                if norm in kept_once:
                    drop.append(id(line))
                kept_once.add(norm)
        if drop:
            page.lines = [line for line in page.lines if id(line) not in drop]


def _only_furniture(norm: str) -> bool:
    """A line that is nothing but a page number or a classification marking."""
    rest = FURNITURE.sub("", norm)
    return not re.sub(r"[\W#_]+", "", rest.replace("page", ""))


@dataclass
class _Table:
    columns: list[float]
    rows: list[list[str]]
    page: int


def layout(pages: list[Page]) -> tuple[list[str], list[list[list[str]]]]:
    """Each page's text (lines; a table's rows with their cells tab-separated, as an Office
    reader writes them) and the tables read off the pages."""
    drop_furniture(pages)
    items: list[list[str | tuple[_Table, int]]] = []
    tables: list[_Table] = []
    for number, page in enumerate(pages):
        out: list[str | tuple[_Table, int]] = []
        current: _Table | None = None
        previous: Line | None = None
        for line in page.lines:
            if (
                current is not None
                and previous is not None
                and _same_ruled_row(current, line, previous, page)
            ):
                _wrap(current, line)  # between the same two rules: one row of a form or grid
            elif current is not None and _continues(current, line, previous, page):
                if previous is not None and _wraps(current, line, previous, page):
                    _wrap(current, line)
                else:
                    _add(current, line)
                    out.append((current, len(current.rows) - 1))
            elif len(line.cells) >= 2:
                runs_on = not out and tables and tables[-1].page == number - 1
                if runs_on and _same_columns(tables[-1].columns, line):
                    current = tables[-1]  # the table runs on from the page before
                    current.page = number
                    if _cells_text(line) != current.rows[0]:
                        _add(current, line)
                        out.append((current, len(current.rows) - 1))
                else:
                    current = _Table([c.left for c in line.cells], [_cells_text(line)], number)
                    tables.append(current)
                    out.append((current, 0))
            else:
                current = None
                out.append(line.text)
            previous = line
        items.append(out)
    texts = [
        "\n".join(
            item if isinstance(item, str) else row_line(item[0].rows[item[1]]) for item in out
        )
        for out in items
    ]
    return texts, [t.rows for t in tables]


def _cells_text(line: Line) -> list[str]:
    return [c.text for c in line.cells]


def _column(columns: list[float], left: float) -> int:
    best = 0
    for index, start in enumerate(columns):
        if start - COLUMN_TOLERANCE <= left:
            best = index
    return best


def _row(columns: list[float] | None, line: Line) -> list[str]:
    if columns is None:
        return _cells_text(line)
    row = [""] * len(columns)
    for cell in line.cells:
        index = _column(columns, cell.left)
        row[index] = f"{row[index]} {cell.text}".strip()
    return row


def _same_columns(columns: list[float], line: Line) -> bool:
    starts = [c.left for c in line.cells]
    return len(starts) == len(columns) and all(
        abs(a - b) <= COLUMN_TOLERANCE for a, b in zip(starts, columns, strict=True)
    )


def _continues(table: _Table, line: Line, previous: Line | None, page: Page) -> bool:
    """A line that belongs to the table above: a cell wrapped from its row (no rule between,
    first column empty) or a new row with cells in the table's columns."""
    if previous is None or not table.rows:
        return False
    lefts = [c.left for c in line.cells]
    aligned = all(
        any(abs(left - start) <= COLUMN_TOLERANCE for start in table.columns)
        or left > table.columns[0] + COLUMN_TOLERANCE
        for left in lefts
    )
    if not aligned:
        return False
    if len(line.cells) >= 2:
        return True
    return _wraps(table, line, previous, page)


def _wraps(table: _Table, line: Line, previous: Line, page: Page) -> bool:
    """A one-cell line inside the row above: no rule drawn between them, and either the page
    draws rules (so rows are bounded by them) or the first column is left empty."""
    between = any(line.top - 1 <= rule <= previous.bottom + 1 for rule in page.rules)
    if between:
        return False
    gap = previous.bottom - line.top
    if gap > 1.2 * max(c.height for c in line.cells):
        return False
    for cell in line.cells:  # each cell stays inside its column
        index = _column(table.columns, cell.left)
        if (
            index + 1 < len(table.columns)
            and cell.right > table.columns[index + 1] + COLUMN_TOLERANCE
        ):
            return False
    if _label_and_value(previous) and _label_and_value(line):
        return False
    if _within_rules(previous, line, page):
        return True
    return not line.cells[0].text or line.cells[0].left > table.columns[0] + COLUMN_TOLERANCE


def _rule_between(upper: Line, lower: Line, page: Page) -> bool:
    return any(lower.top - 1.5 <= rule <= upper.bottom + 1.5 for rule in page.rules)


def _within_rules(upper: Line, lower: Line, page: Page) -> bool:
    """Both lines inside one drawn row: a rule not far above the first and below the second
    (text elsewhere on a page that draws a box or two is in no row)."""
    above = [rule for rule in page.rules if rule >= upper.top - 2]
    below = [rule for rule in page.rules if rule <= lower.bottom + 2]
    return bool(above and below) and min(above) - max(below) <= MAX_ROW_HEIGHT


def _same_ruled_row(table: _Table, line: Line, previous: Line, page: Page) -> bool:
    """On a page that draws its grid, a line with no rule between it and the line above is in
    the same row (a label centred beside a value of three lines, a wrapped entry)."""
    if not page.rules or _rule_between(previous, line, page):
        return False
    if previous.bottom - line.top > 2 * max(c.height for c in line.cells):
        return False
    if not _within_rules(previous, line, page):
        return False
    if _label_and_value(previous) and _label_and_value(line):
        return False  # "Suspect | OAKDEN ..." then "Offences | Assault ...": two rows, unruled
    return len(previous.cells) >= 2 or len(line.cells) >= 2


def _label_and_value(line: Line) -> bool:
    """A line with words in its first cell and in a later one."""
    return len(line.cells) >= 2 and bool(line.cells[0].text) and any(c.text for c in line.cells[1:])


def _wrap(table: _Table, line: Line) -> None:
    """A line wrapped inside the table's last row: each cell's words join that row's cell."""
    last = table.rows[-1]
    for cell in line.cells:
        if not cell.text:
            continue
        index = _column(table.columns, cell.left)
        if index < len(last):
            last[index] = f"{last[index]} {cell.text}".strip()


def _add(table: _Table, line: Line) -> None:
    new = [
        c.left
        for c in line.cells
        if not any(abs(c.left - start) <= COLUMN_TOLERANCE for start in table.columns)
    ]
    if new:  # a column the rows above left empty: every row gets it, in its place
        columns = sorted([*table.columns, *new])
        table.rows = [_placed(row, table.columns, columns) for row in table.rows]
        table.columns = columns
    table.rows.append(_row(table.columns, line))


def _placed(row: list[str], old: list[float], new: list[float]) -> list[str]:
    placed = [""] * len(new)
    for cell, start in zip(row, old, strict=False):
        placed[new.index(start)] = cell
    return placed

"""How a table row is written into a document's text: the readers write it, the box reader
recognises it (and so reads each row once, from the table)."""

from __future__ import annotations


def row_line(row: list[str]) -> str:
    """A row's cells, tab-joined; merged cells repeat their text, so each run of equal cells once."""
    out: list[str] = []
    for cell in (c.strip() for c in row):
        if not out or out[-1] != cell:
            out.append(cell)
    return "\t".join(out).strip()

"""Compare OCR engines on our own synthetic scans: accuracy, speed, memory, and the 2 GB worker limit.

Candidates: Tesseract (through tesserocr, as ``gatekeeper.extract.ocr`` ships it) and RapidOCR
(``rapidocr-onnxruntime``, its models inside the wheel). Each engine runs in a child process with
RLIMIT_AS set as the reader workers set it (2 GB), renders the pages as the app does (200 dpi,
greyscale), and is timed alone and as two processes at once (the pool on this 2-core machine).
Accuracy: character and word error rates (edit distance over the ground-truth length) against the
typed lines the scans were made from. An engine that is not installed is reported as such.

Usage: python bench/ocr_compare.py [--out docs/benchmarks.md]   (make bench-ocr)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from gatekeeper.demo import CaseSpec
from gatekeeper.demo import content as c
from gatekeeper.demo.writers import write_photo, write_scanned_pdf

ENGINES = ("tesseract", "rapidocr")
MEMORY_MB = 2048  # as gatekeeper.pool.Budget.memory_mb
START, END = "<!-- ocr -->", "<!-- /ocr -->"


def make_scans(folder: Path) -> dict[str, str]:
    """Write the scans; return each file's name and the text typed on it."""
    spec = CaseSpec()
    documents = {
        "mg11 taxi driver": c.scanned_witness_mg11(spec).lines,
        "mg11 complainant": c.complainant_mg11(spec).lines,
        "mg11 officer": c.abe_officer_mg11(spec).lines,
        "mg3": c.mg3(spec).lines,
    }
    truth: dict[str, str] = {}
    for n, (name, lines) in enumerate(documents.items()):
        write_scanned_pdf(folder / f"{name}.pdf", lines, seed=n)
        truth[f"{name}.pdf"] = _typed(lines)
    taxi = documents["mg11 taxi driver"]
    variants = {
        "mg11 fax (1-bit CCITT).pdf": lambda p: write_scanned_pdf(p, taxi, encoding="ccitt"),
        "mg11 phone photo.jpg": lambda p: write_photo(p, taxi),
        "mg11 worn copy.pdf": lambda p: write_scanned_pdf(p, taxi, poor=True),
    }
    for name, write in variants.items():
        write(folder / name)
        truth[name] = _typed(taxi)
    return truth


def _typed(lines: list[str]) -> str:
    return "\n".join(line[2:] if line.startswith("# ") else line for line in lines if line != "\f")


def _normal(text: str) -> str:
    # Tesseract reads this font's capital I as "|"; both engines are scored on the same text.
    return " ".join(text.split())


def edit_distance(a: list[str] | str, b: list[str] | str) -> int:
    """Levenshtein distance, by rows (memory: one row)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def error_rates(truth: str, read: str) -> tuple[float, float, float]:
    """Character error rate, the same ignoring spaces, and word error rate (0-1)."""
    t, r = _normal(truth), _normal(read)
    cer = edit_distance(t, r) / max(1, len(t))
    t_ns, r_ns = t.replace(" ", ""), r.replace(" ", "")
    cer_ns = edit_distance(t_ns, r_ns) / max(1, len(t_ns))
    wer = edit_distance(t.split(), r.split()) / max(1, len(t.split()))
    return cer, cer_ns, wer


# --- the child process: one engine, the 2 GB limit, every scan -------------------------------


def worker(engine: str, folder: Path, memory_mb: int) -> dict[str, Any]:
    sockets: list[str] = []
    sys.addaudithook(
        lambda event, args: sockets.append(event) if event == "socket.connect" else None
    )
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    started = time.perf_counter()
    try:
        read = _engine(engine)
    except ImportError as exc:
        return {"error": f"not installed ({exc})"}
    except Exception as exc:  # report whatever stops the engine, e.g. the memory limit
        return {"error": f"{type(exc).__name__}: {exc}"}
    load = time.perf_counter() - started
    texts: dict[str, str] = {}
    confidences: dict[str, float | None] = {}
    pages = 0
    ocr_seconds = 0.0
    try:
        for path in sorted(folder.iterdir()):
            if path.suffix == ".json":
                continue
            page_texts, scores = [], []
            for image in _pages(path):
                start = time.perf_counter()
                text, score = read(image)
                ocr_seconds += time.perf_counter() - start
                pages += 1
                page_texts.append(text)
                scores += score
            texts[path.name] = "\n".join(page_texts)
            confidences[path.name] = sum(scores) / len(scores) if scores else None
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {
        "load_s": load,
        "pages": pages,
        "ocr_s": ocr_seconds,
        "texts": texts,
        "confidences": confidences,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "connects": len(sockets),
    }


def _engine(name: str) -> Any:
    if name == "tesseract":
        from gatekeeper.extract.ocr import Tesseract

        tesseract = Tesseract()

        def read_tesseract(image: Any) -> tuple[str, list[float]]:
            return tesseract.read(image, 60)

        return read_tesseract
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    rapid = RapidOCR()

    def read_rapid(image: Any) -> tuple[str, list[float]]:
        result, _ = rapid(np.asarray(image.convert("RGB")))
        lines = result or []
        return "\n".join(text for _, text, _ in lines), [100 * float(s) for _, _, s in lines]

    return read_rapid


def _pages(path: Path) -> list[Any]:
    """Page images as the app makes them: PDFs rendered at 200 dpi, pictures turned upright."""
    from PIL import Image, ImageOps

    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        from gatekeeper.extract.ocr import OCR_DPI

        document = pdfium.PdfDocument(path)
        images = [
            page.render(scale=OCR_DPI / 72, grayscale=True).to_pil().convert("L")
            for page in document
        ]
        document.close()
        return images
    with Image.open(path) as picture:
        return [ImageOps.exif_transpose(picture).convert("L")]


# --- the parent: run, score, write ------------------------------------------------------------


def run_engine(engine: str, folder: Path, processes: int) -> tuple[list[dict[str, Any]], float]:
    """Run ``processes`` children at once, each OCRing every scan; their results and the wall time."""
    command = [sys.executable, __file__, "--worker", engine, "--folder", str(folder)]
    start = time.perf_counter()
    children = [
        subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(processes)
    ]
    outputs = [json.loads(child.communicate()[0] or '{"error": "no output"}') for child in children]
    return outputs, time.perf_counter() - start


def measure(folder: Path, truth: dict[str, str]) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for engine in ENGINES:
        (alone,), alone_wall = run_engine(engine, folder, 1)
        if "error" in alone:
            rows[engine] = {"works in the 2 GB worker": f"no: {alone['error']}"}
            print(f"{engine}: {alone['error']}", file=sys.stderr)
            continue
        pair, wall = run_engine(engine, folder, 2)
        scores = {name: error_rates(truth[name], alone["texts"][name]) for name in truth}
        clean = [s for name, s in scores.items() if "worn" not in name]
        worn = scores["mg11 worn copy.pdf"]

        def mean(values: list[float]) -> float:
            return sum(values) / len(values)

        confidence = {
            name: value for name, value in alone["confidences"].items() if value is not None
        }
        clean_conf = [v for n, v in confidence.items() if "worn" not in n]
        rows[engine] = {
            "character error rate, clean scans and photo": f"{100 * mean([s[0] for s in clean]):.1f}%",
            "character error rate ignoring spaces": f"{100 * mean([s[1] for s in clean]):.1f}%",
            "word error rate, clean scans and photo": f"{100 * mean([s[2] for s in clean]):.1f}%",
            "worn copy: characters / words wrong": f"{100 * worn[0]:.0f}% / {100 * worn[2]:.0f}%",
            "mean confidence, clean / worn": f"{mean(clean_conf):.0f} / "
            f"{confidence.get('mg11 worn copy.pdf', 0):.0f}",
            "pages/s, OCR call alone": f"{alone['pages'] / alone['ocr_s']:.2f}",
            "pages/s, one process, wall clock": f"{alone['pages'] / alone_wall:.2f}",
            "pages/s, two processes at once, wall clock": f"{2 * alone['pages'] / wall:.2f}",
            "engine start": f"{alone['load_s']:.2f} s",
            "peak memory of the process": f"{alone['peak_mb']:.0f} MB",
            "works in the 2 GB worker": "yes" if all("error" not in p for p in pair) else "no",
            "network connections": str(alone["connects"]),
        }
        for name, (cer, _, wer) in scores.items():
            print(
                f"{engine:9} {name:32} CER {100 * cer:5.1f}% WER {100 * wer:5.1f}%", file=sys.stderr
            )
    return rows


def markdown(rows: dict[str, dict[str, str]], pages: int, files: int) -> str:
    measures = list(next((r for r in rows.values() if len(r) > 1), {"": ""}))
    header = "| measure | " + " | ".join(ENGINES) + " |\n|---|" + "---|" * len(ENGINES)
    body = "\n".join(
        f"| {m} | " + " | ".join(rows[e].get(m, "-") for e in ENGINES) + " |" for m in measures
    )
    return (
        f"{START}\n### OCR: Tesseract or RapidOCR (run of {dt.date.today().isoformat()})\n\n"
        f"`make bench-ocr` (bench/ocr_compare.py): {files} synthetic scans made by our generator "
        f"({pages} pages: four typed forms scanned at 200 dpi with grain and skew, a 1-bit fax-style "
        "scan, a phone photo stored sideways with an EXIF turn, a worn low-resolution copy), each "
        "engine in a child process under the reader worker's 2 GB address-space limit. "
        "Wall clock includes starting Python, loading the engine and rendering the pages. "
        f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f} at the end (other work shares the machine).\n\n"
        f"{header}\n{body}\n{END}\n"
    )


def write_section(out: Path, section: str) -> None:
    """Replace the OCR section of ``out`` (or put it before the results), keeping the rest."""
    text = out.read_text() if out.exists() else ""
    if START in text and END in text:
        head, _, rest = text.partition(START)
        text = head + section.rstrip("\n") + rest.partition(END)[2]
    elif "## Results" in text:
        head, _, tail = text.partition("## Results")
        text = head.rstrip("\n") + "\n\n" + section + "\n## Results" + tail
    else:
        text += "\n" + section
    out.write_text(text)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, help="write the OCR section into this Markdown file")
    parser.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.folder, MEMORY_MB)))
        return 0
    with tempfile.TemporaryDirectory(prefix="gatekeeper-ocr-") as scratch:
        folder = Path(scratch)
        truth = make_scans(folder)
        import pypdfium2 as pdfium

        from gatekeeper.extract.ocr import OCR_DPI

        pages = sum(len(pdfium.PdfDocument(folder / n)) if n.endswith(".pdf") else 1 for n in truth)
        print(f"{len(truth)} scans, {pages} pages at {OCR_DPI} dpi", file=sys.stderr)
        rows = measure(folder, truth)
    section = markdown(rows, pages, len(truth))
    print(section)
    if args.out:
        write_section(args.out, section)
    return 0


if __name__ == "__main__":
    sys.exit(main())

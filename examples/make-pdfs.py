#!/usr/bin/env python3
"""Build the two demo PDFs of the silkdex example corpus.

Reads the Markdown sources in examples/corpus-src/ and writes PDF 1.4 files
into examples/corpus/publications/. Standard library only.

The generated PDFs use the standard Type1 fonts Helvetica and Helvetica-Bold
with WinAnsiEncoding, uncompressed content streams, a classic xref table and
an /Info dictionary whose /Title is the document title. Text is wrapped to the
page width with the Helvetica metrics below. Sources must be ASCII or Latin-1
(characters 0xA0-0xFF map 1:1 to WinAnsiEncoding).

Markdown subset understood:
  '# '  title (large bold)      '## ' heading (bold)
  '- '  bullet item             blank line: paragraph break
  '<!-- pagebreak -->' on its own line: start a new page
  '**' and '*' emphasis markers are removed.

Usage: python3 examples/make-pdfs.py
"""

import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_DIR = os.path.join(HERE, "corpus-src")
OUT_DIR = os.path.join(HERE, "corpus", "publications")

# (source file, output file, PDF /Title, /Subject, /CreationDate)
DOCUMENTS = [
    ("training-report-drr-covid19-response-strategy.md",
     "training-report-drr-covid19-response-strategy.pdf",
     "Training Report: DRR and COVID-19 Response Strategy",
     "Making Cities Resilient - local disaster risk reduction strategies and COVID-19",
     "D:20210115000000Z"),
    ("innovative-experiences-cross-border-ecommerce.md",
     "innovative-experiences-cross-border-ecommerce.pdf",
     "Innovative Experiences of Cities in South-South Cooperation in "
     "Cross-Border E-commerce and Digital Innovation",
     "Cities Project knowledge product on cross-border e-commerce",
     "D:20210201000000Z"),
]

AUTHOR = "UNOSSC Cities Project"

# Page geometry (A4, points).
PAGE_W, PAGE_H = 595, 842
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 72, 72, 72, 72
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R

STYLES = {            # font resource, size, leading, space before
    "title":   ("F2", 20, 26, 0),
    "heading": ("F2", 13, 18, 10),
    "body":    ("F1", 11, 15, 6),
    "bullet":  ("F1", 11, 15, 3),
    "footer":  ("F1", 8, 10, 0),
}

# Helvetica advance widths (1/1000 em) for ASCII 32..126, from the standard AFM.
_HELV = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
# Helvetica-Bold advance widths for ASCII 32..126.
_HELV_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]
# Latin-1 letters take the width of their base letter.
_BASE = {}
for _chars, _base in [("\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5", "A"), ("\u00c7", "C"),
                      ("\u00c8\u00c9\u00ca\u00cb", "E"), ("\u00cc\u00cd\u00ce\u00cf", "I"),
                      ("\u00d1", "N"), ("\u00d2\u00d3\u00d4\u00d5\u00d6", "O"),
                      ("\u00d9\u00da\u00db\u00dc", "U"), ("\u00dd", "Y"),
                      ("\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5", "a"), ("\u00e7", "c"),
                      ("\u00e8\u00e9\u00ea\u00eb", "e"), ("\u00ec\u00ed\u00ee\u00ef", "i"),
                      ("\u00f1", "n"), ("\u00f2\u00f3\u00f4\u00f5\u00f6", "o"),
                      ("\u00f9\u00fa\u00fb\u00fc", "u"), ("\u00fd\u00ff", "y")]:
    for _c in _chars:
        _BASE[_c] = _base


def char_width(ch, font):
    table = _HELV_BOLD if font == "F2" else _HELV
    ch = _BASE.get(ch, ch)
    o = ord(ch)
    if 32 <= o <= 126:
        return table[o - 32]
    return 556  # other Latin-1 symbols: an average glyph


def text_width(text, font, size):
    return sum(char_width(c, font) for c in text) * size / 1000.0


def wrap(text, font, size, width):
    """Greedy word wrap; a word longer than the line is put on its own line."""
    lines, cur = [], ""
    for word in text.split():
        trial = word if not cur else cur + " " + word
        if text_width(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def clean_inline(text):
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<!\w)\*(\S[^*]*\S|\S)\*(?!\w)", r"\1", text)
    # Typographic characters that WinAnsi places in 0x80-0x9F: use ASCII.
    for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                 "\u2013": "-", "\u2014": "-", "\u2026": "..."}.items():
        text = text.replace(a, b)
    return text


def parse_markdown(src):
    """Return a list of blocks: (kind, text) with kind in title/heading/body/bullet/pagebreak."""
    blocks, para = [], []

    def flush():
        if para:
            blocks.append(("body", clean_inline(" ".join(para))))
            para.clear()

    for raw in src.splitlines():
        line = raw.strip()
        if line == "<!-- pagebreak -->":
            flush()
            blocks.append(("pagebreak", ""))
        elif not line:
            flush()
        elif line.startswith("# "):
            flush()
            blocks.append(("title", clean_inline(line[2:])))
        elif line.startswith("## "):
            flush()
            blocks.append(("heading", clean_inline(line[3:])))
        elif line.startswith("- "):
            flush()
            blocks.append(("bullet", clean_inline(line[2:])))
        else:
            para.append(line)
    flush()
    return blocks


def pdf_string(text):
    """Encode text as a PDF literal string in WinAnsi/Latin-1."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError as e:
        sys.exit(f"make-pdfs: non Latin-1 character {text[e.start]!r} in: {text!r}")
    out = []
    for b in data:
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b <= 126:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def layout(blocks, short_title):
    """Lay blocks out on pages. Returns a list of content-stream strings."""
    pages, ops = [], []
    y = PAGE_H - MARGIN_T

    def new_page():
        nonlocal ops, y
        if ops:
            pages.append(ops)
        ops = []
        y = PAGE_H - MARGIN_T

    def emit(text, font, size, x, y_):
        ops.append(f"BT /{font} {size} Tf {x:.2f} {y_:.2f} Td {pdf_string(text)} Tj ET")

    for kind, text in blocks:
        if kind == "pagebreak":
            new_page()
            continue
        font, size, leading, before = STYLES[kind]
        indent = 14 if kind == "bullet" else 0
        lines = wrap(text, font, size, TEXT_W - indent)
        if y != PAGE_H - MARGIN_T:
            y -= before
        # keep a heading together with the first lines of what follows
        need = leading * (3 if kind in ("title", "heading") else 1)
        for i, line in enumerate(lines):
            if y - need < MARGIN_B:
                new_page()
            need = leading
            y -= leading
            if kind == "bullet" and i == 0:
                emit("-", font, size, MARGIN_L + 2, y)
            emit(line, font, size, MARGIN_L + indent, y)
    if ops:
        pages.append(ops)

    total = len(pages)
    streams = []
    for n, page_ops in enumerate(pages, 1):
        font, size, _, _ = STYLES["footer"]
        footer = f"{short_title} - page {n} of {total}"
        page_ops = page_ops + [
            f"BT /{font} {size} Tf {MARGIN_L:.2f} {MARGIN_B / 2:.2f} Td {pdf_string(footer)} Tj ET"]
        streams.append("\n".join(page_ops) + "\n")
    return streams


def build_pdf(streams, info):
    """Assemble objects, xref table and trailer. Returns bytes."""
    objects = []  # index i -> object number i+1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)           # 1, filled below
    pages_obj = add(None)         # 2, filled below
    f1 = add("<< /Type /Font /Subtype /Type1 /Name /F1 /BaseFont /Helvetica "
             "/Encoding /WinAnsiEncoding >>")
    f2 = add("<< /Type /Font /Subtype /Type1 /Name /F2 /BaseFont /Helvetica-Bold "
             "/Encoding /WinAnsiEncoding >>")
    page_ids = []
    for s in streams:
        data = s.encode("latin-1")
        content = add(f"<< /Length {len(data)} >>\nstream\n" + s + "endstream")
        page = add(f"<< /Type /Page /Parent {pages_obj} 0 R "
                   f"/MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                   f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> "
                   f"/Contents {content} 0 R >>")
        page_ids.append(page)
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>"
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects[pages_obj - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>"
    info_obj = add("<< " + " ".join(f"/{k} {pdf_string(v)}" for k, v in info.items()) + " >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode("latin-1") + body.encode("latin-1") + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode("ascii")
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode("ascii")
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info_obj} 0 R >>\n"
            f"startxref\n{xref_at}\n%%EOF\n").encode("ascii")
    return bytes(out)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for src_name, out_name, title, subject, created in DOCUMENTS:
        with open(os.path.join(SRC_DIR, src_name), encoding="utf-8") as f:
            blocks = parse_markdown(f.read())
        short = title if len(title) <= 60 else title[:57].rsplit(" ", 1)[0] + " ..."
        streams = layout(blocks, short)
        info = {"Title": title, "Author": AUTHOR, "Subject": subject,
                "Creator": "silkdex examples/make-pdfs.py", "Producer": "make-pdfs.py",
                "CreationDate": created}
        data = build_pdf(streams, info)
        path = os.path.join(OUT_DIR, out_name)
        with open(path, "wb") as f:
            f.write(data)
        print(f"wrote {os.path.relpath(path, HERE)}: {len(streams)} pages, {len(data)} bytes")


if __name__ == "__main__":
    main()

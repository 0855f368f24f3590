#!/usr/bin/env python3
"""Check the holdout2 gold files against facts.md and against their documents.

usage: python3 testdata/holdout2/check_gold.py [DIR ...]   (default: prose tables)

For every gold line: valid JSON, required fields, kind, catalog code, uom,
integer year in range, NFC unit starting with a level word, value a number,
value_max above value, qualifier and as_of well formed (as_of in the fact's
year), source present in the folder, and the evidence found in the document:
  .txt       verbatim substring (tables: the printed line(s));
  .html      in the visible text (prose) or equal to a table row's non-empty
             cells joined by " | " (tables);
  .docx      equal to a table row's non-empty cells joined by " | " (tables),
             or in the paragraph text (prose);
  .pdf       in `pdftotext` output, whitespace ignored (pdftotext splits words
             of justified text); for tables each cell of the row (a wrapped label splits
             the row in the text layer).
Also warns about duplicate facts. Exit status 1 on any error.
Uses only the standard library and pdftotext (poppler-utils).
"""
import html
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

CATALOG = {
    "tang_truong_kinh_te": "%", "gia_tri_san_xuat": "VND", "tong_muc_ban_le": "VND",
    "ty_trong_dich_vu": "%", "thu_ngan_sach": "VND", "chi_ngan_sach": "VND",
    "von_dau_tu": "VND", "giai_ngan_dau_tu": "VND", "chi_tieu_hoan_thanh": "chỉ tiêu",
    "viec_lam_moi": "người", "ho_thoat_ngheo": "hộ", "ty_le_ho_ngheo": "%",
    "ho_can_ngheo": "hộ", "ty_le_bhyt": "%", "ty_le_gia_dinh_van_hoa": "%",
    "ty_le_khu_dan_cu_van_hoa": "%", "dang_vien_moi": "người",
}
KINDS = {"plan", "actual", "pct_of_plan", "pct_of_prev", "change_vs_prev"}
LEVELS = ("Tỉnh", "Thành phố", "Quận", "Huyện", "Thị xã", "Phường", "Xã",
          "Thị trấn", "Đặc khu")
FIELDS = {"source", "unit", "indicator", "year", "kind", "value", "uom", "estimate",
          "qualifier", "value_max", "as_of", "evidence"}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def nows(s):
    return re.sub(r"\s+", "", s)


class HTMLRows(HTMLParser):
    """Visible text and table rows (non-empty cells) of an HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.rows = [], []
        self.skip = 0
        self.row = self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag == "br":
            self.handle_data(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(squash("".join(self.cell)))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(" | ".join(c for c in self.row if c))
            self.row = None
        if tag in ("p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4"):
            self.text.append(" ")

    def handle_data(self, data):
        if self.skip:
            return
        self.text.append(data)
        if self.cell is not None:
            self.cell.append(data)


def docx_parts(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    rows, paras = [], []
    for tr in root.iter(f"{{{W}}}tr"):
        cells = []
        for tc in tr.findall(f"{{{W}}}tc"):
            ps = ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in tc.iter(f"{{{W}}}p")]
            cells.append(squash(" ".join(ps)))
        rows.append(" | ".join(c for c in cells if c))
    for p in root.iter(f"{{{W}}}p"):
        paras.append("".join(t.text or "" for t in p.iter(f"{{{W}}}t")))
    return rows, squash(" ".join(paras))


def pdf_text(path):
    """Text of a PDF in layout order and in reading (column) order, joined:
    a wrapped cell is contiguous only in the latter, a sentence across
    columns only in the former."""
    texts = []
    for opt in (["-layout"], []):
        out = subprocess.run(["pdftotext", *opt, str(path), "-"], capture_output=True, check=True)
        texts.append(out.stdout.decode("utf-8"))
    return "\n".join(texts)


def load_doc(path):
    suf = path.suffix.lower()
    if suf == ".txt":
        t = path.read_text(encoding="utf-8")
        return {"raw": t, "text": squash(t), "rows": None}
    if suf in (".html", ".htm"):
        p = HTMLRows()
        p.feed(path.read_text(encoding="utf-8"))
        return {"raw": None, "text": squash(html.unescape("".join(p.text))), "rows": p.rows}
    if suf == ".docx":
        rows, text = docx_parts(path)
        return {"raw": None, "text": text, "rows": rows}
    if suf == ".pdf":
        t = pdf_text(path)
        return {"raw": None, "text": squash(t), "rows": None, "pdf": nows(t)}
    raise ValueError(f"unknown document type {path}")


def evidence_ok(doc, ev, tables):
    if "pdf" in doc:
        if tables:
            # a long label may wrap inside its cell, so the cells of a row are
            # not contiguous in the text: each cell must be found somewhere
            return all(nows(c) in doc["pdf"] for c in ev.split(" | "))
        return nows(ev) in doc["pdf"]
    if doc["raw"] is not None:
        return ev in doc["raw"] if tables else squash(ev) in doc["text"]
    if tables and doc["rows"] is not None:
        return squash(ev) in doc["rows"]
    return squash(ev) in doc["text"]


def check_dir(d):
    d = Path(d)
    tables = d.name == "tables"
    errors, seen = 0, {}
    docs = {}

    def err(n, msg):
        nonlocal errors
        errors += 1
        print(f"{d}/gold.jsonl:{n}: {msg}")

    lines = (d / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            f = json.loads(line)
        except ValueError as e:
            err(n, f"not JSON: {e}")
            continue
        extra = set(f) - FIELDS
        if extra:
            err(n, f"unknown fields {sorted(extra)}")
        for k in ("source", "unit", "indicator", "year", "kind", "value", "uom"):
            if k not in f:
                err(n, f"missing {k}")
        if any(k not in f for k in ("source", "unit", "indicator", "year", "kind", "value", "uom")):
            continue
        if f["kind"] not in KINDS:
            err(n, f"bad kind {f['kind']}")
        if f["indicator"] not in CATALOG:
            err(n, f"indicator {f['indicator']} not in catalog")
        else:
            want = "%" if f["kind"] in ("pct_of_plan", "pct_of_prev", "change_vs_prev") else CATALOG[f["indicator"]]
            if f["uom"] != want:
                err(n, f"uom {f['uom']!r}, want {want!r}")
        if not isinstance(f["year"], int) or not 2000 <= f["year"] <= 2030:
            err(n, f"bad year {f['year']!r}")
        v = f["value"]
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err(n, "value not a number")
            continue
        if f["uom"] == "VND" and (v < 10**6 or v != int(v)):
            err(n, f"money value {v} not scaled to đồng")
        if f["uom"] == "%" and f["kind"] != "change_vs_prev" and not 0 <= v <= 1000:
            err(n, f"percent {v} out of range")
        if "value_max" in f and not f["value_max"] > v:
            err(n, "value_max not above value")
        if f.get("qualifier", "") not in ("", "approx", "over", "under"):
            err(n, f"bad qualifier {f['qualifier']}")
        if "estimate" in f and f["estimate"] is not True:
            err(n, "estimate must be true when present")
        if "as_of" in f:
            m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", f["as_of"])
            if not m or int(m.group(1)) != f["year"]:
                err(n, f"bad as_of {f['as_of']} for year {f['year']}")
        u = f["unit"]
        if unicodedata.normalize("NFC", u) != u or not u.startswith(LEVELS) or "  " in u:
            err(n, f"bad unit {u!r}")
        src = d / f["source"]
        if not src.exists():
            err(n, f"no document {f['source']}")
            continue
        if f["source"] not in docs:
            docs[f["source"]] = load_doc(src)
        ev = f.get("evidence")
        if not ev:
            err(n, "no evidence")
        elif not evidence_ok(docs[f["source"]], ev, tables):
            err(n, f"evidence not found in {f['source']}: {ev[:90]!r}")
        key = (f["source"], f["unit"], f["indicator"], f["year"], f["kind"], f["value"], f.get("as_of"))
        if key in seen:
            err(n, f"duplicate of line {seen[key]}")
        seen[key] = n
    nfacts = sum(1 for l in lines if l.strip())
    ndocs = len([p for p in d.iterdir() if p.suffix.lower() in (".txt", ".html", ".docx", ".pdf")])
    print(f"{d}: {nfacts} facts, {ndocs} documents, {len(docs)} with facts, {errors} errors")
    return errors


def main(argv):
    here = Path(__file__).resolve().parent
    dirs = argv or [str(here / "prose"), str(here / "tables")]
    sys.exit(1 if sum(check_dir(x) for x in dirs) else 0)


if __name__ == "__main__":
    main(sys.argv[1:])

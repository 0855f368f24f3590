#!/usr/bin/env python3
"""Build prose/gold.jsonl from the shorthand gold sources in gsrc/*.g.

Shorthand, one fact a line:
    indicator kind year value [opts...] | evidence
value: the number as the document writes it (1.486 or 14,2), with a scale
suffix for money: 1.486*tỷ, 8.652*triệu, 65,8*nghìntỷ.
opts: e (estimate), q=over|approx|under, max=NUMBER (same scale as value),
asof=YYYY-MM-DD, u=Unit_Name (underscores for spaces).
Headers: @file NAME, @unit UNIT.
"""
import json
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

CATALOG = {
    "tang_truong_kinh_te": "%", "gia_tri_san_xuat": "VND", "tong_muc_ban_le": "VND",
    "ty_trong_dich_vu": "%", "thu_ngan_sach": "VND", "chi_ngan_sach": "VND",
    "von_dau_tu": "VND", "giai_ngan_dau_tu": "VND", "chi_tieu_hoan_thanh": "chỉ tiêu",
    "viec_lam_moi": "người", "ho_thoat_ngheo": "hộ", "ty_le_ho_ngheo": "%",
    "ho_can_ngheo": "hộ", "ty_le_bhyt": "%", "ty_le_gia_dinh_van_hoa": "%",
    "ty_le_khu_dan_cu_van_hoa": "%", "dang_vien_moi": "người",
}
KINDS = {"plan", "actual", "pct_of_plan", "pct_of_prev", "change_vs_prev"}
SCALE = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3,
         "nghìntỷ": 10**12, "ngàntỷ": 10**12, "ngàntỉ": 10**12}


def vn_number(s):
    neg = s.startswith("-")
    s = s.lstrip("-")
    d = Decimal(s.replace(".", "").replace(",", "."))
    return -d if neg else d


def parse_value(tok, uom):
    if "*" in tok:
        num, sc = tok.split("*", 1)
        mult = SCALE[sc]
    else:
        num, mult = tok, 1
    if uom == "VND" and mult == 1:
        raise ValueError(f"money value without scale: {tok}")
    v = vn_number(num) * mult
    v = int(v) if v == v.to_integral_value() else float(v)
    return v, num.lstrip("-"), mult


def build(src_dir, out):
    facts = []
    for g in sorted(Path(src_dir).glob("*.g")):
        fname = unit = None
        for n, line in enumerate(g.read_text(encoding="utf-8").splitlines(), 1):
            line = line.rstrip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@file "):
                fname = line[6:].strip()
                continue
            if line.startswith("@unit "):
                unit = line[6:].strip()
                continue
            head, _, ev = line.partition(" | ")
            toks = head.split()
            ind, kind, year, val = toks[:4]
            if ind not in CATALOG:
                sys.exit(f"{g}:{n}: bad indicator {ind}")
            if kind not in KINDS:
                sys.exit(f"{g}:{n}: bad kind {kind}")
            uom = CATALOG[ind] if kind in ("plan", "actual") else "%"
            value, numtxt, mult = parse_value(val, uom)
            f = {"source": fname, "unit": unit, "indicator": ind, "year": int(year),
                 "kind": kind, "value": value, "uom": uom}
            for o in toks[4:]:
                if o == "e":
                    f["estimate"] = True
                elif o.startswith("q="):
                    f["qualifier"] = o[2:]
                elif o.startswith("max="):
                    mv = vn_number(o[4:]) * mult
                    f["value_max"] = int(mv) if mv == mv.to_integral_value() else float(mv)
                elif o.startswith("asof="):
                    f["as_of"] = o[5:]
                elif o.startswith("u="):
                    f["unit"] = o[2:].replace("_", " ")
                else:
                    sys.exit(f"{g}:{n}: bad option {o}")
            f["unit"] = unicodedata.normalize("NFC", f["unit"])
            f["evidence"] = ev
            f["_num"] = numtxt
            f["_where"] = f"{g.name}:{n}"
            facts.append(f)
    with open(out, "w", encoding="utf-8") as w:
        for f in facts:
            f = {k: v for k, v in f.items() if not k.startswith("_")}
            # stable field order as in facts.md
            order = ["source", "unit", "indicator", "year", "kind", "value", "uom",
                     "estimate", "qualifier", "value_max", "as_of", "evidence"]
            w.write(json.dumps({k: f[k] for k in order if k in f}, ensure_ascii=False) + "\n")
    return facts


if __name__ == "__main__":
    fs = build(sys.argv[1], sys.argv[2])  # e.g. prose_gold ../prose/gold.jsonl
    # the number as written must appear in the evidence
    bad = 0
    for f in fs:
        if f["_num"] not in f["evidence"]:
            print(f"{f['_where']}: number {f['_num']} not in evidence", file=sys.stderr)
            bad += 1
    print(f"{len(fs)} facts", file=sys.stderr)
    sys.exit(1 if bad else 0)

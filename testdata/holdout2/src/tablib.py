"""Render table documents (docx, html, txt variants, pdf) and their gold facts."""
import html as H
import json
import os
import re
import subprocess
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

CATALOG = {
    "tang_truong_kinh_te": "%", "gia_tri_san_xuat": "VND", "tong_muc_ban_le": "VND",
    "ty_trong_dich_vu": "%", "thu_ngan_sach": "VND", "chi_ngan_sach": "VND",
    "von_dau_tu": "VND", "giai_ngan_dau_tu": "VND", "chi_tieu_hoan_thanh": "chỉ tiêu",
    "viec_lam_moi": "người", "ho_thoat_ngheo": "hộ", "ty_le_ho_ngheo": "%",
    "ho_can_ngheo": "hộ", "ty_le_bhyt": "%", "ty_le_gia_dinh_van_hoa": "%",
    "ty_le_khu_dan_cu_van_hoa": "%", "dang_vien_moi": "người",
}


def num(s, fmt):
    s = s.strip().replace("\u00a0", "")
    if fmt == "vn":
        d = Decimal(s.replace(".", "").replace(",", "."))
    elif fmt == "en":
        d = Decimal(s.replace(",", ""))
    elif fmt == "plain":  # no grouping, comma decimal (45896,9)
        d = Decimal(s.replace(",", "."))
    else:
        raise ValueError(fmt)
    return d


def clean(v):
    return int(v) if v == v.to_integral_value() else float(v)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- layout
def cell(c):
    """Normalise a cell spec: 'text' or (text, colspan, rowspan[, opts])."""
    if isinstance(c, tuple):
        t, cs, rs = (list(c) + [1, 1])[:3]
        opts = c[3] if len(c) > 3 else {}
        return {"t": t, "cs": cs, "rs": rs, **opts}
    return {"t": c, "cs": 1, "rs": 1}


def layout(rows, ncols):
    """Grid layout of rows of cells with spans: per row a list of
    (gridcol, colspan, text, vmerge, opts) including continuation cells."""
    occ = {}  # (r, c) -> ('cont', span, origin)
    out = []
    for r, row in enumerate(rows):
        cells = [cell(c) for c in row]
        res, c = [], 0
        it = iter(cells)
        while c < ncols:
            if (r, c) in occ:
                span = occ[(r, c)]
                res.append((c, span, "", "continue", {}))
                c += span
                continue
            try:
                x = next(it)
            except StopIteration:
                break
            vm = "restart" if x["rs"] > 1 else None
            for k in range(1, x["rs"]):
                occ[(r + k, c)] = x["cs"]
            res.append((c, x["cs"], x["t"], vm, x))
            c += x["cs"]
        out.append(res)
    return out


def row_evidence(row):
    """The row as a reader sees it: non-empty cells, whitespace collapsed, ' | '."""
    return " | ".join(squash(c["t"]) for c in map(cell, row) if squash(c["t"]))


# ---------------------------------------------------------------- docx
def _run(text, bold=False, italic=False, size=None):
    rpr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    parts = text.split("\n")
    xml = ""
    for i, p in enumerate(parts):
        if i:
            xml += f"<w:r><w:rPr>{rpr}</w:rPr><w:br/></w:r>"
        xml += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(p)}</w:t></w:r>'
    return xml


def _para(text, align=None, bold=False, italic=False, size=None, after=60):
    ppr = f'<w:spacing w:before="0" w:after="{after}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_run(text, bold, italic, size) if text else ''}</w:p>"


def docx_table(header, body, widths, size=22):
    ncols = len(widths)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    xml = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
           + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
           + f"<w:tblGrid>{grid}</w:tblGrid>")
    allrows = [(r, True) for r in header] + [(r, False) for r, _ in body]
    lay = layout([r for r, _ in allrows], ncols)
    for (row, is_head), cells in zip(allrows, lay):
        xml += "<w:tr>" + ('<w:trPr><w:tblHeader/></w:trPr>' if is_head else "")
        for gc, span, text, vm, opts in cells:
            w = sum(widths[gc:gc + span])
            tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
            if span > 1:
                tcpr += f'<w:gridSpan w:val="{span}"/>'
            if vm == "restart":
                tcpr += '<w:vMerge w:val="restart"/>'
            elif vm == "continue":
                tcpr += "<w:vMerge/>"
            tcpr += '<w:vAlign w:val="center"/>'
            align = opts.get("align") or ("center" if is_head else None)
            bold = opts.get("bold", is_head)
            italic = opts.get("italic", False)
            xml += f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{_para(text, align, bold, italic, size, after=0)}</w:tc>"
        xml += "</w:tr>"
    return xml + "</w:tbl>"


def write_docx(path, blocks, landscape=False):
    """blocks: list of ('p', text, opts) or ('tbl', xml) or ('raw', xml)."""
    body = ""
    for b in blocks:
        if b[0] == "p":
            o = b[2] if len(b) > 2 else {}
            body += _para(b[1], o.get("align"), o.get("bold", False), o.get("italic", False), o.get("size", 26), o.get("after", 60))
        else:
            body += b[1]
    if landscape:
        sect = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
    else:
        sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           f"<w:body>{body}{sect}</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>'
              '<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '</w:styles>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Phong TCKH</dc:creator><cp:lastModifiedBy>Phong TCKH</cp:lastModifiedBy>'
            '</cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/styles.xml", styles)
        z.writestr("docProps/core.xml", core)


# ---------------------------------------------------------------- html
def html_table(header, body, attrs='border="1" cellspacing="0" cellpadding="4"'):
    out = f"<table {attrs}>\n"
    for tag, rows in (("th", header), ("td", [r for r, _ in body])):
        if tag == "th":
            out += "<thead>\n"
        else:
            out += "<tbody>\n"
        for row in rows:
            out += "<tr>"
            for c in map(cell, row):
                a = ""
                if c["cs"] > 1:
                    a += f' colspan="{c["cs"]}"'
                if c["rs"] > 1:
                    a += f' rowspan="{c["rs"]}"'
                if c.get("align"):
                    a += f' align="{c["align"]}"'
                t = H.escape(c["t"]).replace("\n", "<br>")
                if c.get("bold") and tag == "td":
                    t = f"<b>{t}</b>"
                if c.get("italic"):
                    t = f"<i>{t}</i>"
                out += f"<{tag}{a}>{t}</{tag}>"
            out += "</tr>\n"
        out += "</thead>\n" if tag == "th" else "</tbody>\n"
    return out + "</table>\n"


# ---------------------------------------------------------------- gold
def facts_for(spec, row_evidence_fn):
    facts = []
    for r, (row, ann) in enumerate(spec["body"]):
        cells = [cell(c)["t"] for c in row]
        for a in ann:
            col, ind, kind, year = a[:4]
            o = a[4] if len(a) > 4 else {}
            raw = cells[col]
            m = re.search(r"[-\d][\d.,]*", raw.replace("\u00a0", ""))
            fmt = o.get("fmt", spec.get("numfmt", "vn"))
            v = num(m.group(0), fmt)
            uom = CATALOG[ind] if kind in ("plan", "actual") else "%"
            if uom == "VND":
                v = v * Decimal(o.get("scale", spec.get("scale", 10**9)))
            if o.get("neg"):
                v = -v
            f = {"source": spec["name"], "unit": o.get("unit", spec["unit"]), "indicator": ind,
                 "year": year, "kind": kind, "value": clean(v), "uom": uom}
            if o.get("e"):
                f["estimate"] = True
            if o.get("q"):
                f["qualifier"] = o["q"]
            if "max" in o:
                mv = num(o["max"], fmt)
                if uom == "VND":
                    mv = mv * Decimal(o.get("scale", spec.get("scale", 10**9)))
                f["value_max"] = clean(mv)
            if o.get("asof"):
                f["as_of"] = o["asof"]
            f["evidence"] = row_evidence_fn(r)
            facts.append(f)
    return facts


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, capture_output=True)

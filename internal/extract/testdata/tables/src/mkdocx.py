"""Make a DOCX from a small Python spec (for test documents).

spec = dict(font="Times New Roman", size=12, landscape=False, body=[...])
body items: str (paragraph; "**x**" bold whole), or dict(table=rows, widths=[twips...])
row: list of cells; cell: str or dict(t=str, span=n, vm="restart"|"cont", nested=rows)
Line breaks inside a cell text: "\n" makes separate paragraphs.
"""
import sys, zipfile, html

def esc(s): return html.escape(s, quote=False)

def para(text, font, size, bold=False, align=None):
    if text.startswith("**") and text.endswith("**"):
        text, bold = text[2:-2], True
    ppr = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ""
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>{"<w:b/>" if bold else ""}<w:sz w:val="{size*2}"/></w:rPr>'
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'

def table(rows, widths, font, size, borders=True):
    ncols = len(widths)
    b = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ["top","left","bottom","right","insideH","insideV"]) if borders else ''
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append('</w:tblGrid>')
    for row in rows:
        hdr = False
        if isinstance(row, dict):
            hdr = row.get("header", False); row = row["cells"]
        out.append('<w:tr>' + ('<w:trPr><w:tblHeader/></w:trPr>' if hdr else ''))
        col = 0
        for c in row:
            if isinstance(c, str): c = dict(t=c)
            span = c.get("span", 1)
            w = sum(widths[col:col+span]); col += span
            tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
            if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
            if c.get("vm") == "restart": tcpr += '<w:vMerge w:val="restart"/>'
            elif c.get("vm") == "cont": tcpr += '<w:vMerge/>'
            inner = ""
            if "nested" in c:
                nw = c.get("nwidths") or [w // len(c["nested"][0])] * len(c["nested"][0])
                inner += table(c["nested"], nw, font, size)
            for line in c.get("t", "").split("\n"):
                inner += para(line, font, size, bold=c.get("b", False))
            out.append(f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{inner}</w:tc>')
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)

def build(spec, path):
    font, size = spec.get("font", "Times New Roman"), spec.get("size", 12)
    parts = []
    for item in spec["body"]:
        if isinstance(item, str):
            parts.append(para(item, font, size))
        else:
            parts.append(table(item["table"], item["widths"], font, item.get("size", size), item.get("borders", True)))
            parts.append(para("", font, size))
    if spec.get("landscape"):
        sect = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>'
    else:
        sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>'
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join(parts) + sect + '</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)

if __name__ == "__main__":
    ns = {}
    exec(open(sys.argv[1], encoding="utf-8").read(), ns)
    build(ns["spec"], sys.argv[2])

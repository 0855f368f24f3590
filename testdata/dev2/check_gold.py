#!/usr/bin/python3
"""Check a dev2 gold file against ../shared/spec/facts.md and its documents.

Usage: /usr/bin/python3 testdata/dev2/check_gold.py testdata/dev2/prose [testdata/dev2/tables ...]

For each folder: gold.jsonl must be valid JSON Lines with the contract's
fields; codes, kinds and uom from the catalog; values scaled (money an
integer number of đồng, rates within bounds); the unit NFC with a level
word; every document named in gold exists; every document in the folder is
listed in SOURCES.tsv; and every evidence is text of its document:
  .txt        verbatim substring of the file
  .html/.docx a substring of the visible text (whitespace collapsed), or,
              for a table row, the row's non-empty cells joined by " | "
  .pdf        the evidence with " | " and whitespace removed is a substring
              of `pdftotext -layout` output with whitespace removed (or, for a
              row whose label wraps, the figures are contiguous there and
              every word of the label is present)
It also checks that the figure can be seen in the evidence (the value
rendered the Vietnamese way, the English way, or scaled from tỷ / triệu /
nghìn tỷ / nghìn), which catches scaling slips. Exit 1 on any error.
Needs python3-lxml and pdftotext (poppler-utils).
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from decimal import Decimal

from lxml import etree, html as lhtml

CATALOG = {
    'tang_truong_kinh_te': '%', 'gia_tri_san_xuat': 'VND', 'tong_muc_ban_le': 'VND',
    'ty_trong_dich_vu': '%', 'thu_ngan_sach': 'VND', 'chi_ngan_sach': 'VND', 'von_dau_tu': 'VND',
    'giai_ngan_dau_tu': 'VND', 'chi_tieu_hoan_thanh': 'chỉ tiêu', 'viec_lam_moi': 'người',
    'ho_thoat_ngheo': 'hộ', 'ty_le_ho_ngheo': '%', 'ho_can_ngheo': 'hộ', 'ty_le_bhyt': '%',
    'ty_le_gia_dinh_van_hoa': '%', 'ty_le_khu_dan_cu_van_hoa': '%', 'dang_vien_moi': 'người',
}
KINDS = {'plan', 'actual', 'pct_of_plan', 'pct_of_prev', 'change_vs_prev'}
RATIO_KINDS = {'pct_of_plan', 'pct_of_prev', 'change_vs_prev'}
FIELDS = ['source', 'unit', 'indicator', 'year', 'kind', 'value', 'uom', 'estimate', 'qualifier',
          'value_max', 'as_of', 'evidence']
REQUIRED = ['source', 'unit', 'indicator', 'year', 'kind', 'value', 'uom']
LEVELS = ['Tỉnh', 'Thành phố', 'Quận', 'Huyện', 'Thị xã', 'Phường', 'Xã', 'Thị trấn', 'Đặc khu']
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def nows(s):
    return re.sub(r'\s+', '', s)


def html_views(path):
    """Visible text (collapsed) and table rows (cells joined by ' | ')."""
    with open(path, 'rb') as fh:
        doc = lhtml.fromstring(fh.read())
    for bad in doc.xpath('//script|//style|//head'):
        bad.getparent().remove(bad)
    # Block elements end with a space so words of neighbouring blocks never glue.
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag.lower() in ('p', 'div', 'li', 'td', 'th', 'tr', 'br', 'h1', 'h2',
                                                          'h3', 'h4', 'figcaption', 'section', 'aside', 'header', 'footer'):
            el.tail = ' ' + (el.tail or '')
    text = ws(doc.text_content())
    rows = []
    for tr in doc.xpath('//tr'):
        cells = [ws(c.text_content()) for c in tr.xpath('./td|./th')]
        rows.append(' | '.join(c for c in cells if c))
    return text, rows


def para_text(p):
    """A Word paragraph's text; line breaks and tabs read as spaces."""
    out = []
    for el in p.iter(W + 't', W + 'br', W + 'cr', W + 'tab'):
        out.append(el.text or '' if el.tag == W + 't' else ' ')
    return ''.join(out)


def docx_views(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read('word/document.xml'))
    text = ws(' '.join(para_text(p) for p in root.iter(W + 'p')))
    rows = []
    for tr in root.iter(W + 'tr'):
        cells = []
        for tc in tr.findall(W + 'tc'):
            cells.append(ws(' '.join(para_text(p) for p in tc.iter(W + 'p'))))
        rows.append(' | '.join(c for c in cells if c))
    return text, rows


def pdf_text(path):
    out = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, check=True)
    return out.stdout.decode('utf-8')


def renderings(value, uom, evidence):
    """Ways the figure may be printed in its evidence."""
    outs = set()
    d = Decimal(str(value))

    def vn(x):
        x = x.normalize()
        sign = '-' if x < 0 else ''
        x = abs(x)
        s = format(x, 'f')
        if '.' in s:
            ip, fp = s.split('.')
        else:
            ip, fp = s, ''
        grouped = '{:,}'.format(int(ip)).replace(',', '.')
        res = {sign + grouped + (',' + fp if fp else ''), sign + ip + (',' + fp if fp else ''),
               sign + '{:,}'.format(int(ip)) + ('.' + fp if fp else ''), sign + ip + ('.' + fp if fp else '')}
        # decimals printed with trailing zeros (4736,0; 9.30) or fewer shown
        for extra in ('0', '00', '000'):
            if fp or extra:
                res.add(sign + ip + ',' + (fp + extra)[: max(len(fp), 1) + len(extra)])
                res.add(sign + ip + '.' + (fp + extra)[: max(len(fp), 1) + len(extra)])
                res.add(sign + grouped + ',' + (fp + extra)[: max(len(fp), 1) + len(extra)])
        return res

    if uom == 'VND':
        for scale in (Decimal(10) ** 12, Decimal(10) ** 9, Decimal(10) ** 6, Decimal(10) ** 3, Decimal(1)):
            outs |= vn(d / scale)
        # compound "1.651 tỷ 346 triệu"
        ty, rest = divmod(int(d), 10 ** 9)
        if rest:
            outs.add('{:,}'.format(ty).replace(',', '.') + ' tỷ ' + str(rest // 10 ** 6))
    else:
        outs |= vn(d)
        outs |= vn(abs(d))
        if uom in ('người', 'hộ'):
            for scale in (Decimal(1000), Decimal(10) ** 6):
                outs |= vn(d / scale)
    return outs


def number_in(evidence, reps):
    ev = evidence.replace('\u00a0', ' ')
    for r in reps:
        for m in re.finditer(re.escape(r), ev):
            before = ev[m.start() - 1] if m.start() > 0 else ' '
            after = ev[m.end()] if m.end() < len(ev) else ' '
            if before.isdigit() or (before in '.,' and m.start() > 1 and ev[m.start() - 2].isdigit()):
                continue
            if after.isdigit() or (after in '.,' and m.end() + 1 < len(ev) and ev[m.end() + 1].isdigit()):
                continue
            return True
    return False


def check_folder(folder):
    errors, warnings = [], []
    gold_path = os.path.join(folder, 'gold.jsonl')
    docs = sorted(f for f in os.listdir(folder) if os.path.splitext(f)[1] in ('.txt', '.html', '.docx', '.pdf'))
    sources_tsv = os.path.join(folder, 'SOURCES.tsv')
    listed = set()
    if os.path.exists(sources_tsv):
        with open(sources_tsv, encoding='utf-8') as fh:
            for i, line in enumerate(fh):
                if i == 0 or not line.strip():
                    continue
                listed.add(line.split('\t')[0])
    else:
        errors.append(f'{sources_tsv}: missing')
    for doc in docs:
        if doc not in listed:
            errors.append(f'{sources_tsv}: {doc} not listed')
    for name in listed:
        if name not in docs:
            errors.append(f'{sources_tsv}: lists {name}, which is not in the folder')
    views = {}
    seen = set()
    counts = {}
    with open(gold_path, encoding='utf-8') as fh:
        lines = fh.readlines()
    for n, line in enumerate(lines, 1):
        where = f'{gold_path}:{n}'
        try:
            f = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f'{where}: bad JSON: {e}')
            continue
        for k in REQUIRED:
            if k not in f:
                errors.append(f'{where}: missing {k}')
        for k in f:
            if k not in FIELDS:
                errors.append(f'{where}: unknown field {k}')
        if any(k not in f for k in REQUIRED):
            continue
        src, unit, ind, kind, value, uom = f['source'], f['unit'], f['indicator'], f['kind'], f['value'], f['uom']
        counts[src] = counts.get(src, 0) + 1
        if src not in docs:
            errors.append(f'{where}: source {src} is not a document of {folder}')
        if unicodedata.normalize('NFC', unit) != unit:
            errors.append(f'{where}: unit not NFC')
        if not any(unit == lv or unit.startswith(lv + ' ') for lv in LEVELS):
            errors.append(f'{where}: unit {unit!r} has no level word')
        if ind not in CATALOG:
            errors.append(f'{where}: indicator {ind} not in catalog')
            continue
        if kind not in KINDS:
            errors.append(f'{where}: kind {kind}')
        want = '%' if kind in RATIO_KINDS else CATALOG[ind]
        if uom != want:
            errors.append(f'{where}: uom {uom!r}, want {want!r}')
        if not isinstance(f['year'], int) or not 2000 <= f['year'] <= 2035:
            errors.append(f'{where}: year {f["year"]!r}')
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            errors.append(f'{where}: value not a number')
            continue
        if uom == 'VND':
            if not isinstance(value, int) or value < 10 ** 6:
                errors.append(f'{where}: money {value} not scaled to đồng')
            if value > 10 ** 17:
                errors.append(f'{where}: money {value} too large')
        if uom in ('người', 'hộ', 'chỉ tiêu') and (not isinstance(value, int) or value < 0):
            errors.append(f'{where}: count {value} not a whole number')
        if uom == '%':
            if kind in ('pct_of_plan', 'pct_of_prev') and not 0 < value < 1000:
                errors.append(f'{where}: ratio {value} out of range')
            if kind == 'change_vs_prev' and not -100 <= value <= 1000:
                errors.append(f'{where}: change {value} out of range')
            if kind in ('plan', 'actual') and not -50 <= value <= 100:
                errors.append(f'{where}: rate {value} out of range')
        if 'value_max' in f and not (isinstance(f['value_max'], (int, float)) and f['value_max'] > value):
            errors.append(f'{where}: value_max {f.get("value_max")} not above value')
        if 'qualifier' in f and f['qualifier'] not in ('approx', 'over', 'under'):
            errors.append(f'{where}: qualifier {f["qualifier"]!r}')
        if 'estimate' in f and f['estimate'] is not True:
            errors.append(f'{where}: estimate present but not true')
        if 'as_of' in f:
            m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', f['as_of'])
            if not m:
                errors.append(f'{where}: as_of {f["as_of"]!r}')
            elif int(m.group(1)) != f['year']:
                errors.append(f'{where}: as_of {f["as_of"]} not in year {f["year"]}')
        if kind == 'change_vs_prev' and ind in ('tang_truong_kinh_te',):
            errors.append(f'{where}: growth rate is actual/plan, never change_vs_prev')
        key = (src, unit, ind, f['year'], kind, value, f.get('as_of'))
        if key in seen:
            errors.append(f'{where}: duplicate fact')
        seen.add(key)
        ev = f.get('evidence')
        if not ev:
            errors.append(f'{where}: no evidence')
            continue
        if unicodedata.normalize('NFC', ev) != ev:
            errors.append(f'{where}: evidence not NFC')
        path = os.path.join(folder, src)
        if not os.path.exists(path):
            continue
        ext = os.path.splitext(src)[1]
        if src not in views:
            if ext == '.txt':
                with open(path, encoding='utf-8') as fh:
                    views[src] = (fh.read(), [])
            elif ext == '.html':
                views[src] = html_views(path)
            elif ext == '.docx':
                views[src] = docx_views(path)
            elif ext == '.pdf':
                views[src] = (pdf_text(path), [])
        text, rows = views[src]
        if ext == '.txt':
            ok = ev in text
        elif ext == '.pdf':
            flat = nows(text)
            ok = nows(ev.replace(' | ', '')) in flat
            if not ok and ' | ' in ev:
                # A label that wraps in the PDF's layout is printed around the
                # row's figures: then the figures must be contiguous and every
                # word of the labels present.
                cells = ev.split(' | ')
                nums = [c for c in cells if re.fullmatch(r'[\d.,\s%<>≥–-]+', c)]
                labels = [c for c in cells if c not in nums]
                ok = bool(nums) and nows(''.join(nums)) in flat and all(
                    nows(w) in flat for lab in labels for w in lab.split())
        else:
            ok = ws(ev) in text or ev in rows
            if ' | ' in ev and ev not in rows:
                ok = False
                # a row evidence must be a whole row
                errors.append(f'{where}: evidence {ev!r} is not a table row of {src}')
                continue
        if not ok:
            errors.append(f'{where}: evidence not found in {src}: {ev!r}')
        if not number_in(ev, renderings(value, uom, ev)):
            warnings.append(f'{where}: value {value} {uom} not visible in evidence {ev!r}')
        if 'value_max' in f and not number_in(ev, renderings(f['value_max'], uom, ev)):
            warnings.append(f'{where}: value_max {f["value_max"]} not visible in evidence')
    for doc in docs:
        counts.setdefault(doc, 0)
    return errors, warnings, counts, len(lines)


def main(argv):
    status = 0
    for folder in argv[1:] or ['testdata/dev2/prose', 'testdata/dev2/tables']:
        errors, warnings, counts, n = check_folder(folder)
        for e in errors:
            print('ERROR', e)
        for w in warnings:
            print('WARN ', w)
        empty = [d for d, c in counts.items() if c == 0]
        print(f'{folder}: {n} facts in {len(counts)} documents ({len(empty)} with no fact: {", ".join(sorted(empty)) or "-"}); '
              f'{len(errors)} errors, {len(warnings)} warnings')
        if errors:
            status = 1
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv))

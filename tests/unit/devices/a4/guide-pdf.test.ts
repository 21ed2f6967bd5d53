import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import {
  EXEMPT_TEXT,
  GUIDE_FOOTER_OFFSET,
  GUIDE_FRAME,
  GUIDE_QR,
  QR_CAPTION,
  renderGuidePdf,
} from '../../../../src-main/devices/a4/guide.pdf.js';
import type { GuideContext } from '../../../../src-main/devices/a4/guide.pdf.js';
import { qrMatrix } from '../../../../src-main/devices/a4/pdf-qr.js';
import {
  FONT_PATH,
  fixtureItem,
  guideItem,
  longItem,
  pdfPageCount,
  pdfText,
  renderPng,
  squash,
} from './guide-test-item.js';

const CTX: GuideContext = {
  hallName: '淄川区昆仑镇便民服务中心',
  onlineUrl: 'https://zwfw.zichuan.gov.cn/guide/test-item?from=kiosk',
  catalogVersion: '2026.11.25-1',
  printedAt: new Date('2026-11-25T09:30:00Z'),
  fontPath: FONT_PATH,
};

/** Element labels in the order the guide must present them. */
const LABELS_IN_ORDER = [
  '事项名称',
  '事项编码',
  '事项类型',
  '服务对象',
  '办件类型',
  '受理条件',
  '所需材料',
  '办理流程',
  '法定办结时限',
  '承诺办结时限',
  '到现场次数',
  '收费标准',
  '收费依据',
  '结果名称',
  '结果送达方式',
  '办理地点',
  '办理时间',
  '预约办理',
  '咨询方式',
  '监督投诉方式',
  '实施主体',
  '实施主体性质',
  '行使层级',
  '设定依据',
  '审查标准',
  '常见问题',
];
const TABLE_HEADER = '序号材料名称原件或复印件份数纸质或电子来源渠道备注';

const FRAME = GUIDE_FRAME;
const FOOTER_TOP = FRAME.bottom + GUIDE_FOOTER_OFFSET - 6;

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-pdf-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function render(item: ServiceItem, name: string, ctx: GuideContext = CTX): Promise<string> {
  const buf = await renderGuidePdf(item, ctx);
  expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, buf);
  return file;
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Word boxes per page from `pdftotext -bbox`. */
function wordBoxes(file: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      Array.from(
        page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
        (m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: m[5] ?? '',
        }),
      ),
    );
}

/**
 * Every word inside the side margins, none between the content area and the footer, no two words
 * overlapping, and no section heading as the last line of a page.
 */
function expectCleanLayout(file: string): void {
  const tol = 3;
  const problems: string[] = [];
  wordBoxes(file).forEach((words, p) => {
    for (const w of words) {
      const where = `page ${p + 1} word "${w.text}" [${w.xMin}, ${w.yMin}, ${w.xMax}, ${w.yMax}]`;
      if (w.xMin < FRAME.left - tol || w.xMax > FRAME.right + tol)
        problems.push(`${where} crosses the side margin`);
      const inBody = w.yMax <= FRAME.bottom + tol;
      const inFooter = w.yMin >= FOOTER_TOP - tol && w.yMax <= 841.89 - 20;
      if (!inBody && !inFooter) problems.push(`${where} is cut at the page bottom`);
    }
    for (const h of words.filter((w) => /^[一二三四五六七八九十]+、/.test(w.text))) {
      const below = words.some((w) => w.yMin > h.yMax - 1 && w.yMax <= FRAME.bottom + tol);
      if (!below) problems.push(`page ${p + 1}: heading "${h.text}" left alone at the page bottom`);
    }
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i];
        const b = words[j];
        if (!a || !b) continue;
        const ix = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const iy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (ix > 1.5 && iy > 3) problems.push(`page ${p + 1}: "${a.text}" overlaps "${b.text}"`);
      }
    }
  });
  expect(problems).toEqual([]);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('renderGuidePdf', () => {
  it('prints every element of the guide and the item texts', async () => {
    const { item, source } = guideItem();
    const file = await render(item, 'guide');
    const text = squash(pdfText(file));
    for (const label of LABELS_IN_ORDER) expect(text, `label ${label} (${source})`).toContain(label);
    const texts = [
      CTX.hallName,
      '办事指南',
      item.name,
      item.code,
      item.itemType,
      item.target,
      item.handlingType,
      ...item.conditions,
      ...item.materials.map((m) => m.name),
      ...item.process.flatMap((s) => [s.title, s.description]),
      item.legalTimeLimit,
      item.promisedTimeLimit,
      `${item.visits}次`,
      item.feeStandard,
      item.feeBasis,
      item.resultName,
      ...item.resultDelivery,
      item.location,
      item.hours,
      item.appointment,
      item.consultation,
      item.supervision,
      item.authority,
      item.authorityNature,
      item.level,
      ...item.basis,
      ...item.reviewStandard,
      ...item.faq.flatMap((f) => [f.q, f.a]),
      QR_CAPTION,
      CTX.onlineUrl,
    ];
    for (const t of texts) expect(text, `text from ${source}`).toContain(squash(t));
    renderPng(file, 1, 'guide-p1');
    if (pdfPageCount(file) >= 2) renderPng(file, 2, 'guide-p2');
    expectCleanLayout(file);
  });

  it('presents the elements in reading order', async () => {
    const file = await render(fixtureItem(), 'order');
    const text = squash(pdfText(file));
    let last = -1;
    for (const label of LABELS_IN_ORDER) {
      const at = text.indexOf(label, last + 1);
      expect(at, `${label} after the previous element`).toBeGreaterThan(last);
      last = at;
    }
  });

  it('shows 无需提供 in the row of a 免提交 material, and the normal columns for the others', async () => {
    const { item } = guideItem();
    const file = await render(item, 'exempt');
    const text = squash(pdfText(file));
    const exempt = item.materials.filter((m) => m.sharedExempt);
    expect(exempt.length).toBeGreaterThan(0);
    for (const m of exempt) expect(text).toContain(squash(`${m.name}${EXEMPT_TEXT}`));
    for (const m of item.materials.filter((x) => !x.sharedExempt)) {
      expect(text).toContain(squash(`${m.name}${m.form}${m.copies}${m.medium}${m.source}`));
    }
    expect(count(text, squash(EXEMPT_TEXT))).toBe(exempt.length);
    // Column titles and the 免提交 wording each fit on one line of their cell.
    const words = wordBoxes(file)
      .flat()
      .map((w) => w.text);
    for (const title of [
      '序号',
      '材料名称',
      '原件或复印件',
      '份数',
      '纸质或电子',
      '来源渠道',
      '备注',
      EXEMPT_TEXT,
    ]) {
      expect(words, title).toContain(title);
    }
  });

  it('numbers the pages and prints the time and catalog version in every footer', async () => {
    const file = await render(fixtureItem(), 'footer');
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (let p = 1; p <= pages; p++) {
      const text = squash(pdfText(file, p));
      expect(text).toContain(`第${p}页/共${pages}页`);
      expect(text).toContain('打印时间：2026-11-2517:30');
      expect(text).toContain('目录版本：2026.11.25-1');
    }
  });

  it('flows a long item over pages with the table header repeated and nothing lost or cut', async () => {
    const item = longItem();
    const file = await render(item, 'long');
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    const perPage = Array.from({ length: pages }, (_, i) => squash(pdfText(file, i + 1)));
    const withHeader = perPage.filter((t) => t.includes(TABLE_HEADER)).length;
    expect(withHeader).toBeGreaterThanOrEqual(2);
    const all = perPage.join('');
    for (const m of item.materials) expect(count(all, squash(m.name)), m.name).toBe(1);
    for (const s of item.process) expect(count(all, squash(s.description))).toBe(1);
    // The header repeats only where the table continues: each page with a header also has rows.
    perPage.forEach((t) => {
      if (t.includes(TABLE_HEADER)) expect(t).toMatch(/测试材料第\d\d项/);
    });
    expect(perPage[pages - 1]).toContain(`第${pages}页/共${pages}页`);
    renderPng(file, 1, 'long-guide-p1');
    renderPng(file, 2, 'long-guide-p2');
    expectCleanLayout(file);
  });

  it('never leaves a section heading alone at the bottom of a page', async () => {
    // Pushing the later sections down line by line puts each heading near a page end once.
    const base = fixtureItem();
    for (let extra = 0; extra < 16; extra++) {
      const conditions = [
        ...base.conditions,
        ...Array.from({ length: extra }, (_, i) => `补充条件${i + 1}。`),
      ];
      const file = await render({ ...base, conditions }, `orphans-${extra}`);
      expectCleanLayout(file);
    }
  }, 30_000);

  it('splits a table row taller than a page between pages without losing text', async () => {
    const item = fixtureItem();
    const note = Array.from(
      { length: 60 },
      (_, i) => `第${i + 1}句说明：该材料须由出具单位盖章并注明日期。`,
    ).join('');
    item.materials = [item.materials[0] ?? fixtureItem().materials[0]!, { ...item.materials[1]!, note }];
    const file = await render(item, 'tall-row');
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    // Page by page, without the running header, the footer and the repeated table header.
    const body = Array.from({ length: pages }, (_, i) =>
      squash(pdfText(file, i + 1))
        .replace(/(淄川区昆仑镇便民服务中心办事指南·.*)?打印时间：.*$/, '')
        .replaceAll(TABLE_HEADER, ''),
    ).join('');
    expect(body).toContain(squash(note));
    expect(squash(pdfText(file, 2))).toContain(TABLE_HEADER);
    expectCleanLayout(file);
    renderPng(file, 2, 'tall-row-p2');
  });

  it('wraps a long hall name and item name inside the header without touching the QR code', async () => {
    const item = {
      ...fixtureItem(),
      name: '农村村民宅基地和住宅建设（新建、改建、扩建、翻建）规划许可及用地审批',
    };
    const file = await render(item, 'long-name', { ...CTX, hallName: '淄川区西河镇（街道）便民服务中心' });
    const text = squash(pdfText(file));
    expect(text).toContain(squash(item.name));
    expectCleanLayout(file);
  });

  it('rejects when the font cannot be loaded', async () => {
    await expect(
      renderGuidePdf(fixtureItem(), { ...CTX, fontPath: path.join(dir, 'missing.ttc') }),
    ).rejects.toThrow();
  });
});

/** A region of page 1 (in points) rasterised in grey by pdftoppm (PGM); `pixel` takes page points. */
function grayRegion(
  file: string,
  dpi: number,
  region: { x: number; y: number; size: number },
): (xPt: number, yPt: number) => number {
  const k = dpi / 72;
  const x0 = Math.floor(region.x * k);
  const y0 = Math.floor(region.y * k);
  const side = Math.ceil(region.size * k);
  const crop = ['-x', String(x0), '-y', String(y0), '-W', String(side), '-H', String(side)];
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', ...crop, file], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const width = Number(header[1]);
  const offset = header[0].length;
  return (xPt, yPt) => pgm[offset + Math.floor(yPt * k - y0) * width + Math.floor(xPt * k - x0)] ?? 255;
}

describe('qrMatrix', () => {
  it('encodes the URL as a square symbol with the three finder patterns', () => {
    const m = qrMatrix(CTX.onlineUrl);
    const n = m.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect((n - 17) % 4).toBe(0);
    for (const row of m) expect(row.length).toBe(n);
    const finderAt = (r0: number, c0: number): void => {
      for (let i = 0; i < 7; i++) {
        for (let j = 0; j < 7; j++) {
          const ring = i === 0 || i === 6 || j === 0 || j === 6;
          const core = i >= 2 && i <= 4 && j >= 2 && j <= 4;
          expect(m[r0 + i]?.[c0 + j], `module ${r0 + i},${c0 + j}`).toBe(ring || core);
        }
      }
    };
    finderAt(0, 0);
    finderAt(0, n - 7);
    finderAt(n - 7, 0);
  });

  it('is drawn on page 1 module for module, with a white quiet zone', async () => {
    const file = await render(fixtureItem(), 'qr');
    const pixel = grayRegion(file, 288, GUIDE_QR);
    const m = qrMatrix(CTX.onlineUrl);
    const unit = GUIDE_QR.size / (m.length + 2 * GUIDE_QR.margin);
    const wrong: string[] = [];
    for (let r = -1; r <= m.length; r++) {
      for (let c = -1; c <= m.length; c++) {
        const x = GUIDE_QR.x + (GUIDE_QR.margin + c + 0.5) * unit;
        const y = GUIDE_QR.y + (GUIDE_QR.margin + r + 0.5) * unit;
        const dark = pixel(x, y) < 128;
        if (dark !== (m[r]?.[c] ?? false)) wrong.push(`${r},${c}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

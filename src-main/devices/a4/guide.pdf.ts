/**
 * The printed 办事指南: one service item on A4, every element of the guide in the order a
 * citizen reads it, with a QR code to the online guide and page numbers in the footer.
 */
import type { Material, ServiceItem } from '../../contract/catalog.schema.js';
import { drawParagraph, SectionHeadings } from './pdf-blocks.js';
import { A4, A4_MARGIN_X, a4Frame, LABEL_FILL, renderA4Pdf, SHEET_STYLES } from './pdf-document.js';
import { Flow } from './pdf-flow.js';
import type { Frame } from './pdf-flow.js';
import { drawPageFurniture, drawTitleBlock, formatPrintTime } from './pdf-page.js';
import { drawTable, tableLeadHeight } from './pdf-table.js';
import type { Cell, Column, TableSpec } from './pdf-table.js';
import { drawLine, lineHeight, measurer, wrapText } from './pdf-text.js';
import type { Doc, TextStyle } from './pdf-text.js';

export interface GuideContext {
  /** The hall's official name, e.g. 淄川区昆仑镇便民服务中心. */
  hallName: string;
  /** URL of the online guide, encoded in the QR code. */
  onlineUrl: string;
  catalogVersion: string;
  printedAt: Date;
  /** Path of a CJK font with the PostScript name `WenQuanYiMicroHei` (bundled .ttc). */
  fontPath: string;
  /** PostScript name inside the font collection (default WenQuanYiMicroHei). */
  fontName?: string;
  /** Time zone of the printed time (default Asia/Shanghai). */
  timeZone?: string;
}

/** Wording shown instead of form/copies/medium for a material fetched through data sharing. */
export const EXEMPT_TEXT = '无需提供（部门间数据共享获取）';
export const QR_CAPTION = '扫码查看网上办事指南';

/** The content area; the running header sits above it and the footer below. */
export const GUIDE_FRAME: Frame = a4Frame(66, 66);

const S = {
  ...SHEET_STYLES,
  title: { size: 24, leading: 1.35, bold: true, characterSpacing: 8 },
  itemName: { size: 17, leading: 1.4, bold: true },
  body: { size: 10.5, leading: 1.55 },
  bodyBold: { size: 10.5, leading: 1.55, bold: true },
  cellHeader: { size: 10, leading: 1.45, bold: true },
} satisfies Record<string, TextStyle>;

/** Distance from the bottom of the content area to the footer line's text. */
export const GUIDE_FOOTER_OFFSET = 22;
/** Where the QR code sits on page 1 (points from the top-left corner; margin in modules). */
export const GUIDE_QR = { x: A4.width - A4_MARGIN_X - 76, y: 42, size: 76, margin: 1 } as const;
const QR_SIZE = GUIDE_QR.size;

export async function renderGuidePdf(item: ServiceItem, ctx: GuideContext): Promise<Buffer> {
  return renderA4Pdf(
    {
      Title: `${item.name} 办事指南`,
      Author: ctx.hallName,
      Subject: '办事指南',
      Keywords: `${item.code} 目录版本 ${ctx.catalogVersion}`,
    },
    ctx.printedAt,
    ctx,
    (doc) => new GuideWriter(doc, item, ctx).write(),
  );
}

class GuideWriter {
  private readonly flow: Flow;
  private readonly headings: SectionHeadings;

  constructor(
    private readonly doc: Doc,
    private readonly item: ServiceItem,
    private readonly ctx: GuideContext,
  ) {
    this.flow = new Flow(doc, GUIDE_FRAME, GUIDE_FRAME.top);
    this.headings = new SectionHeadings(this.flow, S.heading, 6);
  }

  write(): void {
    const it = this.item;
    this.header();

    this.kvSection('基本信息', [
      ['事项名称', it.name],
      ['事项编码', it.code],
      ['事项类型', it.itemType],
      ['服务对象', it.target],
      ['办件类型', it.handlingType],
    ]);
    this.listSection('受理条件', it.conditions);
    this.materialsSection(it.materials);
    this.processSection();
    this.kvSection('办理时限与收费', [
      ['法定办结时限', it.legalTimeLimit],
      ['承诺办结时限', it.promisedTimeLimit],
      ['到现场次数', `${it.visits}次`],
      ['收费标准', it.feeStandard],
      ['收费依据', it.feeBasis],
    ]);
    this.kvSection('办理结果', [
      ['结果名称', it.resultName],
      ['结果送达方式', it.resultDelivery.join('、')],
    ]);
    this.kvSection('办理地点与时间', [
      ['办理地点', it.location],
      ['办理时间', it.hours],
      ['预约办理', it.appointment],
    ]);
    this.kvSection('咨询与监督', [
      ['咨询方式', it.consultation],
      ['监督投诉方式', it.supervision],
    ]);
    this.kvSection('实施主体与设定依据', [
      ['实施主体', it.authority],
      ['实施主体性质', it.authorityNature],
      ['行使层级', it.level],
      ['设定依据', numbered(it.basis)],
    ]);
    this.listSection('审查标准', it.reviewStandard);
    this.faqSection();
    this.closing();
    this.pageFurniture();
  }

  // ── page 1 header ──────────────────────────────────────────────────────────────────────

  private header(): void {
    this.flow.y = drawTitleBlock(this.doc, {
      frame: GUIDE_FRAME,
      qr: { ...GUIDE_QR, url: this.ctx.onlineUrl, caption: QR_CAPTION },
      captionPad: 6,
      side: QR_SIZE + 14,
      hallName: this.ctx.hallName,
      title: '办事指南',
      subtitle: this.item.name,
      styles: { caption: S.caption, hall: S.hall, title: S.title, subtitle: S.itemName },
    });
  }

  // ── sections ───────────────────────────────────────────────────────────────────────────

  /** Draws the numbered section heading, kept on the same page as `keepWith` points below it. */
  private heading(title: string, keepWith: number): void {
    this.headings.draw(title, keepWith);
  }

  private kvSection(title: string, rows: [string, string][]): void {
    const spec = this.kvSpec(rows);
    this.heading(title, tableLeadHeight(this.flow, spec));
    drawTable(this.flow, spec);
  }

  private kvSpec(rows: [string, string][]): TableSpec {
    const labelWidth = 100;
    return {
      columns: [
        { header: '项目', width: labelWidth, align: 'center' },
        { header: '内容', width: this.flow.width - labelWidth },
      ],
      rows: rows.map(([label, value]) => [{ text: label, fill: LABEL_FILL, align: 'center' }, value]),
      header: false,
      body: S.cell,
    };
  }

  private listSection(title: string, entries: string[]): void {
    const lines = this.numberedLines(entries);
    this.heading(title, Math.min(lines.length, 2) * lineHeight(S.body));
    this.drawHanging(lines, S.body);
  }

  /** Lays out numbered entries with a hanging indent: [marker, text line] pairs. */
  private numberedLines(entries: string[], indentFor = entries.length): [string, string][] {
    const markerWidth = indentFor >= 10 ? 24 : 18;
    const out: [string, string][] = [];
    entries.forEach((entry, i) => {
      const wrapped = wrapText(this.doc, entry, this.flow.width - markerWidth - 4, S.body);
      wrapped.forEach((line, j) => out.push([j === 0 ? `${i + 1}.` : '', line]));
    });
    return out;
  }

  private drawHanging(lines: [string, string][], style: TextStyle, indent = 0): void {
    const lh = lineHeight(style);
    const markerWidth = 18 + (lines.filter(([m]) => m !== '').length >= 10 ? 6 : 0);
    lines.forEach(([marker, text], i) => {
      // Never leave the last line of an entry alone at the top of a page.
      const next = lines[i + 1];
      const keep = marker !== '' && next !== undefined && next[0] === '' ? 2 * lh : lh;
      this.flow.ensure(keep);
      if (marker) drawLine(this.doc, marker, GUIDE_FRAME.left + indent, this.flow.y, style);
      drawLine(this.doc, text, GUIDE_FRAME.left + indent + markerWidth + 4, this.flow.y, style);
      this.flow.y += lh;
    });
  }

  private materialsSection(materials: Material[]): void {
    const w = this.flow.width;
    // Fixed columns fit their longest value on one line ("原件和复印件", "政府部门核发"), and the three
    // spanned by a 免提交 material fit "无需提供（部门间数据共享获取）".
    const fixed = { no: 30, form: 72, copies: 30, medium: 66, source: 72 };
    const rest = w - fixed.no - fixed.form - fixed.copies - fixed.medium - fixed.source;
    const nameWidth = Math.round(rest * 0.47);
    const columns: Column[] = [
      { header: '序号', width: fixed.no, align: 'center' },
      { header: '材料名称', width: nameWidth },
      { header: '原件或复印件', width: fixed.form, align: 'center' },
      { header: '份数', width: fixed.copies, align: 'center' },
      { header: '纸质或电子', width: fixed.medium, align: 'center' },
      { header: '来源渠道', width: fixed.source, align: 'center' },
      { header: '备注', width: rest - nameWidth },
    ];
    const rows = materials.map((m, i): (Cell | string)[] => {
      const note = [m.required ? '' : '非必需，视情况提供', m.note ?? ''].filter(Boolean).join('；');
      const head: Cell[] = [{ text: String(i + 1) }, { text: m.name }];
      if (m.sharedExempt) {
        return [...head, { text: EXEMPT_TEXT, colSpan: 3, align: 'center' }, m.source, note];
      }
      return [...head, m.form, String(m.copies), m.medium, m.source, note];
    });
    const spec: TableSpec = {
      columns,
      rows,
      body: S.cell,
      headerStyle: S.cellHeader,
      headerFill: LABEL_FILL,
    };
    this.heading('所需材料', tableLeadHeight(this.flow, spec));
    drawTable(this.flow, spec);
    if (materials.some((m) => m.sharedExempt)) {
      this.flow.y += 3;
      this.paragraph('注：标注“无需提供”的材料由工作人员通过部门间数据共享获取，申请人不必提交。', S.body);
    }
  }

  private processSection(): void {
    const steps = this.item.process;
    const lh = lineHeight(S.body);
    const markerWidth = 22;
    const textX = GUIDE_FRAME.left + markerWidth;
    const textWidth = this.flow.width - markerWidth;
    const wrapped = steps.map((step) => wrapText(this.doc, step.description, textWidth, S.body));
    this.heading('办理流程', lh + Math.min(wrapped[0]?.length ?? 0, 2) * lh);
    steps.forEach((step, i) => {
      const desc = wrapped[i] ?? [];
      // Title and at least the first description line stay together.
      this.flow.ensure(lh + Math.min(desc.length, 2) * lh);
      const marker = `${i + 1}`;
      this.stepBadge(marker, GUIDE_FRAME.left, this.flow.y, lh);
      drawLine(this.doc, step.title, textX, this.flow.y, S.bodyBold);
      this.flow.y += lh;
      desc.forEach((line, j) => {
        this.flow.ensure(j === desc.length - 2 ? 2 * lh : lh);
        drawLine(this.doc, line, textX, this.flow.y, S.body);
        this.flow.y += lh;
      });
      if (i < steps.length - 1) this.flow.y += 2;
    });
  }

  /** A small circled step number. */
  private stepBadge(text: string, x: number, y: number, lh: number): void {
    const r = 7;
    const cx = x + r + 1;
    const cy = y + lh / 2;
    this.doc.save().lineWidth(0.6).strokeColor('black').circle(cx, cy, r).stroke().restore();
    const style: TextStyle = { size: text.length > 1 ? 7.5 : 9, leading: 1 };
    drawLine(this.doc, text, cx - r, cy - lineHeight(style) / 2, style, 'center', 2 * r);
  }

  private faqSection(): void {
    const faq = this.item.faq;
    const lh = lineHeight(S.body);
    const labelWidth = measurer(this.doc, S.body).width('问：');
    const width = this.flow.width - labelWidth;
    const wrapped = faq.map((qa) => ({
      q: wrapText(this.doc, qa.q, width, S.bodyBold),
      a: wrapText(this.doc, qa.a, width, S.body),
    }));
    const first = wrapped[0];
    this.heading('常见问题', first ? (first.q.length + Math.min(first.a.length, 2)) * lh : lh);
    if (!first) {
      this.paragraph('暂无。如有疑问，请按上述咨询方式咨询。', S.body);
      return;
    }
    wrapped.forEach(({ q, a }, i) => {
      this.flow.ensure((q.length + Math.min(a.length, 2)) * lh);
      q.forEach((line, j) => {
        if (j === 0) drawLine(this.doc, '问：', GUIDE_FRAME.left, this.flow.y, S.bodyBold);
        drawLine(this.doc, line, GUIDE_FRAME.left + labelWidth, this.flow.y, S.bodyBold);
        this.flow.y += lh;
      });
      a.forEach((line, j) => {
        this.flow.ensure(j === a.length - 2 ? 2 * lh : lh);
        if (j === 0) drawLine(this.doc, '答：', GUIDE_FRAME.left, this.flow.y, S.body);
        drawLine(this.doc, line, GUIDE_FRAME.left + labelWidth, this.flow.y, S.body);
        this.flow.y += lh;
      });
      if (i < faq.length - 1) this.flow.y += 4;
    });
  }

  private closing(): void {
    this.flow.y += 8;
    this.paragraph(`网上办事指南：${this.ctx.onlineUrl}`, { ...S.body, size: 9 });
    this.paragraph('本指南依据目录版本打印，办理要求如有调整，以窗口受理时的告知为准。', {
      ...S.body,
      size: 9,
    });
  }

  private paragraph(text: string, style: TextStyle): void {
    drawParagraph(this.flow, text, style);
  }

  // ── running header and footer on every page ───────────────────────────────────────────

  private pageFurniture(): void {
    const printed = formatPrintTime(this.ctx.printedAt, this.ctx.timeZone ?? 'Asia/Shanghai');
    drawPageFurniture(this.doc, {
      frame: GUIDE_FRAME,
      footerY: GUIDE_FRAME.bottom + GUIDE_FOOTER_OFFSET,
      runningHead: {
        left: this.ctx.hallName,
        right: fitLine(this.doc, `办事指南 · ${this.item.name}`, this.flow.width / 2, S.running),
      },
      footer: `打印时间：${printed}\u3000\u3000目录版本：${this.ctx.catalogVersion}`,
      styles: { running: S.running, footer: S.footer },
    });
  }
}

function numbered(entries: string[]): string {
  return entries.length === 1 ? (entries[0] ?? '') : entries.map((e, i) => `${i + 1}. ${e}`).join('\n');
}

/** Shortens a line with an ellipsis until it fits `width`. */
function fitLine(doc: Doc, text: string, width: number, style: TextStyle): string {
  const m = measurer(doc, style);
  if (m.width(text) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && m.width(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

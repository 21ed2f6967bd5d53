/**
 * The filled application form (申请表) of a self-declaration on A4, for the applicant to check, sign and
 * hand in at the window with the materials: the hall, the item, the 申报编号 with a QR code for progress
 * lookup, the time, every field of the form with its value (full name and ID number: this paper is the
 * citizen's own), repeatable groups (household members…) as tables, the materials to bring, a pledge and
 * the signature lines. Built like the A4 guide (guide.pdf.ts): our own wrapping and flowing tables.
 * The values only pass through memory here; nothing is logged.
 */
import type { FormField, ScalarFormField, ServiceItem } from '../../contract/catalog.schema.js';
import type { FormValues } from '../../contract/form-values.js';
import { Flow, type Frame } from './pdf-flow.js';
import { drawPageFurniture, drawSectionHeading, drawTitleBlock, formatPrintTime } from './pdf-page.js';
import { drawTable, tableLeadHeight, type Cell, type Column, type TableSpec } from './pdf-table.js';
import { CJK_FONT, drawLine, lineHeight, measurer, wrapText, type Doc, type TextStyle } from './pdf-text.js';
import { loadPdfKit } from './pdfkit-loader.js';

export interface ApplicationFormData {
  hallName: string;
  item: ServiceItem;
  localNumber: string;
  submittedAt: Date;
  identityMethod: 'card' | 'manual';
  values: FormValues;
  /** ASCII URL for the QR code (progress lookup by 申报编号). */
  progressUrl: string;
}

export interface ApplicationFormContext {
  printedAt: Date;
  /** Path of the bundled CJK font (a .ttc) and the PostScript name inside it. */
  fontPath: string;
  fontName?: string;
  /** Time zone of printed times (default Asia/Shanghai). */
  timeZone?: string;
}

/** What an optional field left empty shows. */
export const NOT_FILLED = '未填写';
export const PLEDGE =
  '本人承诺：以上填写内容和提交的材料真实、准确、完整，如有隐瞒或虚假，愿承担相应责任；' +
  '同意经办部门为办理本事项依法核查相关信息。';
export const SIGNATURE_LINE = '申请人（签字或按手印）：';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN_X = 45;
export const FORM_FRAME: Frame = {
  left: MARGIN_X,
  right: PAGE.width - MARGIN_X,
  top: 66,
  bottom: PAGE.height - 70,
};
const QR = { x: PAGE.width - MARGIN_X - 72, y: 40, size: 72, margin: 1 } as const;
const LABEL_FILL = '#efefef';

const S = {
  hall: { size: 13, leading: 1.5, characterSpacing: 1 },
  title: { size: 22, leading: 1.35, bold: true, characterSpacing: 6 },
  formTitle: { size: 15, leading: 1.4, bold: true },
  heading: { size: 12, leading: 1.6, bold: true },
  body: { size: 10.5, leading: 1.6 },
  bodyBold: { size: 10.5, leading: 1.6, bold: true },
  cell: { size: 10.5, leading: 1.45 },
  small: { size: 9.5, leading: 1.4 },
  smallHeader: { size: 9.5, leading: 1.4, bold: true },
  caption: { size: 7.5, leading: 1.3 },
  footer: { size: 8.5, leading: 1.3 },
  running: { size: 8.5, leading: 1.3 },
} satisfies Record<string, TextStyle>;

export async function renderApplicationFormPdf(
  data: ApplicationFormData,
  ctx: ApplicationFormContext,
): Promise<Buffer> {
  const form = data.item.form;
  if (!form) throw new Error(`item ${data.item.id} has no form`);
  const PDFDocument = await loadPdfKit();
  return new Promise<Buffer>((resolve, reject) => {
    const doc: Doc = new PDFDocument({
      size: 'A4',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      bufferPages: true,
      lang: 'zh-CN',
      displayTitle: true,
      // Metadata names the item and the number only, never the applicant.
      info: {
        Title: `${form.title}（${data.localNumber}）`,
        Author: data.hallName,
        Subject: '自助申报申请表',
        CreationDate: ctx.printedAt,
        ModDate: ctx.printedAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc.registerFont(CJK_FONT, ctx.fontPath, ctx.fontName ?? 'WenQuanYiMicroHei');
      doc.font(CJK_FONT);
      new FormWriter(doc, data, form.title, form.fields, ctx).write();
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** A field's value as printed: dates in Chinese, the rest as entered; NOT_FILLED when empty. */
export function printedValue(field: ScalarFormField, raw: unknown): string {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (value === '') return NOT_FILLED;
  if (field.type === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  }
  return value;
}

class FormWriter {
  private readonly flow: Flow;
  private section = 0;

  constructor(
    private readonly doc: Doc,
    private readonly data: ApplicationFormData,
    private readonly title: string,
    private readonly fields: FormField[],
    private readonly ctx: ApplicationFormContext,
  ) {
    this.flow = new Flow(doc, FORM_FRAME, FORM_FRAME.top);
  }

  write(): void {
    const { data } = this;
    this.header();
    this.kvSection('申报信息', [
      ['申请事项', data.item.name],
      ['事项编码', data.item.code],
      ['申报编号', data.localNumber],
      ['申报时间', formatPrintTime(data.submittedAt, this.timeZone())],
      ['身份核验', data.identityMethod === 'card' ? '已读取居民身份证' : '手动输入（请向窗口出示身份证件）'],
      ['承诺办结时限', data.item.promisedTimeLimit],
    ]);
    this.fieldsSection();
    this.materialsSection();
    this.pledgeSection();
    this.pageFurniture();
  }

  private timeZone(): string {
    return this.ctx.timeZone ?? 'Asia/Shanghai';
  }

  // ── page 1 header ──────────────────────────────────────────────────────────────────────

  private header(): void {
    this.flow.y = drawTitleBlock(this.doc, {
      frame: FORM_FRAME,
      qr: { ...QR, url: this.data.progressUrl, caption: '扫码查询办理进度' },
      captionPad: 8,
      side: QR.size + 16,
      hallName: this.data.hallName,
      title: '申请表',
      subtitle: this.title,
      styles: { caption: S.caption, hall: S.hall, title: S.title, subtitle: S.formTitle },
    });
  }

  // ── sections ───────────────────────────────────────────────────────────────────────────

  private heading(title: string, keepWith: number): void {
    drawSectionHeading(this.flow, this.section, title, S.heading, 8, keepWith);
    this.section += 1;
  }

  /**
   * Label/value pairs as a form grid: two short pairs side by side (label, value, label, value), a long
   * value (an address, a reason, anything that would wrap in half the width) on a row of its own.
   */
  private kvSpec(rows: [string, string][]): TableSpec {
    // Wide enough for the longest label on one line (within reason), the rest for the values.
    const longest = Math.max(...rows.map(([l]) => measurer(this.doc, S.cell).width(l)));
    const labelWidth = Math.min(136, Math.max(80, Math.ceil(longest) + 12));
    const valueWidth = (this.flow.width - 2 * labelWidth) / 2;
    const fitsHalf = (label: string, value: string): boolean =>
      wrapText(this.doc, value, valueWidth - 8, S.cell).length === 1 &&
      wrapText(this.doc, label, labelWidth - 8, S.cell).length === 1;
    const label = (text: string): Cell => ({ text, fill: LABEL_FILL, align: 'center' });
    const grid: (Cell | string)[][] = [];
    let pending: [string, string] | undefined;
    const flushPending = (): void => {
      if (!pending) return;
      grid.push([label(pending[0]), { text: pending[1], colSpan: 3 }]);
      pending = undefined;
    };
    for (const [l, v] of rows) {
      if (!fitsHalf(l, v)) {
        flushPending();
        grid.push([label(l), { text: v, colSpan: 3 }]);
      } else if (pending) {
        grid.push([label(pending[0]), pending[1], label(l), v]);
        pending = undefined;
      } else pending = [l, v];
    }
    flushPending();
    return {
      columns: [
        { header: '项目', width: labelWidth, align: 'center' },
        { header: '内容', width: valueWidth },
        { header: '项目', width: labelWidth, align: 'center' },
        { header: '内容', width: valueWidth },
      ],
      rows: grid,
      header: false,
      body: S.cell,
    };
  }

  private kvSection(title: string, rows: [string, string][]): void {
    const spec = this.kvSpec(rows);
    this.heading(title, tableLeadHeight(this.flow, spec));
    drawTable(this.flow, spec);
  }

  /** Scalar fields in one table, in form order; each repeatable group as its own table where it stands. */
  private fieldsSection(): void {
    const values = this.data.values;
    const runs: Array<{ kind: 'scalars'; rows: [string, string][] } | { kind: 'group'; field: FormField }> =
      [];
    for (const field of this.fields) {
      if (field.type === 'group') {
        runs.push({ kind: 'group', field });
        continue;
      }
      const last = runs[runs.length - 1];
      const row: [string, string] = [field.label, printedValue(field, values[field.id])];
      if (last?.kind === 'scalars') last.rows.push(row);
      else runs.push({ kind: 'scalars', rows: [row] });
    }
    runs.forEach((run, i) => {
      const spec = run.kind === 'scalars' ? this.kvSpec(run.rows) : this.groupSpec(run.field);
      const caption = run.kind === 'group' ? this.groupCaption(run.field) : undefined;
      const lead = tableLeadHeight(this.flow, spec) + (caption ? lineHeight(S.bodyBold) + 4 : 0);
      if (i === 0) this.heading('填写内容', lead);
      else {
        this.flow.y += 6;
        this.flow.ensure(lead);
      }
      if (caption) {
        drawLine(this.doc, caption, FORM_FRAME.left, this.flow.y, S.bodyBold);
        this.flow.y += lineHeight(S.bodyBold) + 2;
      }
      drawTable(this.flow, spec);
    });
  }

  private groupRows(field: FormField): Array<Record<string, unknown>> {
    const raw = this.data.values[field.id];
    return Array.isArray(raw) ? raw : [];
  }

  private groupCaption(field: FormField): string {
    const count = this.groupRows(field).length;
    return count > 0 ? `${field.label}（共 ${count} 项）` : `${field.label}（未填写）`;
  }

  /** A group as a table: 序号 and one column per sub-field; ID numbers get the room 18 digits need. */
  private groupSpec(field: FormField): TableSpec {
    const subs = field.type === 'group' ? field.fields : [];
    const total = this.flow.width;
    const seq = 30;
    const wide = (f: ScalarFormField): number =>
      f.type === 'idNumber' ? 112 : f.type === 'phone' ? 80 : f.type === 'date' ? 78 : 0;
    const fixed = subs.reduce((sum, f) => sum + wide(f), 0);
    const flexible = subs.filter((f) => wide(f) === 0).length;
    let widths = subs.map((f) => wide(f) || Math.max(48, (total - seq - fixed) / Math.max(1, flexible)));
    const sum = widths.reduce((a, b) => a + b, 0);
    if (seq + sum > total) widths = widths.map((w) => (w * (total - seq)) / sum);
    else if (flexible === 0 && widths.length > 0) {
      // Only fixed-width columns: the last one takes what is left.
      widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + (total - seq - sum);
    }
    const columns: Column[] = [
      { header: '序号', width: seq, align: 'center' },
      ...subs.map((f, i): Column => ({ header: f.label, width: widths[i] ?? 48, align: 'center' })),
    ];
    const entries = this.groupRows(field);
    const rows: (Cell | string)[][] =
      entries.length > 0
        ? entries.map((entry, i) => [String(i + 1), ...subs.map((f) => printedValue(f, entry[f.id]))])
        : [['—', { text: NOT_FILLED, colSpan: subs.length, align: 'center' }]];
    return { columns, rows, body: S.small, headerStyle: S.smallHeader, headerFill: LABEL_FILL };
  }

  private materialsSection(): void {
    const toBring = this.data.item.materials.filter((m) => !m.sharedExempt);
    const exempt = this.data.item.materials.filter((m) => m.sharedExempt);
    const lines: string[] = toBring.map(
      (m) => `${m.name}（${m.form}，${m.copies}份${m.required ? '' : '，视情况提供'}）`,
    );
    const wrapped = this.numbered(lines.length > 0 ? lines : ['无需另带材料。']);
    this.heading('请携带以下材料到窗口', Math.min(wrapped.length, 2) * lineHeight(S.body));
    this.hanging(wrapped);
    if (exempt.length > 0) {
      this.flow.y += 2;
      this.paragraph(`无需提供（部门间数据共享获取）：${exempt.map((m) => m.name).join('、')}。`, S.body);
    }
  }

  private pledgeSection(): void {
    const lh = lineHeight(S.body);
    const pledge = wrapText(this.doc, PLEDGE, this.flow.width, S.body);
    // The pledge and both signature lines stay together on one page.
    this.heading('申请人承诺', pledge.length * lh + 38 + 2 * lineHeight(S.bodyBold));
    for (const line of pledge) {
      drawLine(this.doc, line, FORM_FRAME.left, this.flow.y, S.body);
      this.flow.y += lh;
    }
    this.flow.y += 18;
    drawSignatureLine(this.flow, SIGNATURE_LINE, '日期：', S.bodyBold);
    this.flow.y += 20;
    drawSignatureLine(this.flow, '窗口受理人：', '受理日期：', S.bodyBold);
  }

  private numbered(entries: string[]): [string, string][] {
    const markerWidth = 22;
    const out: [string, string][] = [];
    entries.forEach((entry, i) => {
      wrapText(this.doc, entry, this.flow.width - markerWidth, S.body).forEach((line, j) =>
        out.push([j === 0 ? `${i + 1}.` : '', line]),
      );
    });
    return out;
  }

  private hanging(lines: [string, string][]): void {
    const lh = lineHeight(S.body);
    for (const [marker, text] of lines) {
      this.flow.ensure(lh);
      if (marker) drawLine(this.doc, marker, FORM_FRAME.left, this.flow.y, S.body);
      drawLine(this.doc, text, FORM_FRAME.left + 22, this.flow.y, S.body);
      this.flow.y += lh;
    }
  }

  private paragraph(text: string, style: TextStyle): void {
    const lh = lineHeight(style);
    for (const line of wrapText(this.doc, text, this.flow.width, style)) {
      this.flow.ensure(lh);
      drawLine(this.doc, line, FORM_FRAME.left, this.flow.y, style);
      this.flow.y += lh;
    }
  }

  // ── running header and footer ─────────────────────────────────────────────────────────

  private pageFurniture(): void {
    const printed = formatPrintTime(this.ctx.printedAt, this.timeZone());
    drawPageFurniture(this.doc, {
      frame: FORM_FRAME,
      footerY: FORM_FRAME.bottom + 22,
      runningHead: { left: `${this.title} · 申报编号 ${this.data.localNumber}` },
      footer: `本表由自助服务终端生成，请核对签字后连同材料交窗口。打印时间：${printed}`,
      styles: { running: S.running, footer: S.footer },
    });
  }
}

/** "label ________      date: ____年__月__日" with ruled blanks to write on, at the flow's cursor. */
export function drawSignatureLine(flow: Flow, label: string, dateLabel: string, style: TextStyle): void {
  const doc = flow.doc;
  const y = flow.y;
  const m = measurer(doc, style);
  const left = flow.frame.left;
  drawLine(doc, label, left, y, style);
  const blankStart = left + m.width(label) + 4;
  const dateX = left + flow.width * 0.58;
  const baseline = y + lineHeight(style) - 2;
  doc.save().lineWidth(0.6).strokeColor('black');
  doc
    .moveTo(blankStart, baseline)
    .lineTo(dateX - 16, baseline)
    .stroke();
  doc.restore();
  drawLine(doc, dateLabel, dateX, y, style);
  const dateStart = dateX + m.width(dateLabel) + 4;
  const widths = [44, 26, 26];
  let x = dateStart;
  ['年', '月', '日'].forEach((unit, i) => {
    const w = widths[i] ?? 30;
    doc
      .save()
      .lineWidth(0.6)
      .strokeColor('black')
      .moveTo(x, baseline)
      .lineTo(x + w, baseline)
      .stroke()
      .restore();
    drawLine(doc, unit, x + w + 2, y, style);
    x += w + 2 + m.width(unit) + 4;
  });
  flow.y += lineHeight(style);
}

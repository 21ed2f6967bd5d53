/**
 * An item's application form (《…申请书》) on A4 to fill in by hand: every field of the form schema with
 * room to write (choices as boxes to tick, dates as 年月日 blanks, repeatable groups as ruled rows), what to
 * bring, the pledge and the signature lines. With `sample` it is the 样表 instead: the same page filled with
 * the catalog's invented example in blue, marked 样表 on every page so it is never handed in.
 */
import type { FormField, ScalarFormField, ServiceItem } from '../../contract/catalog.schema.js';
import { isRequired, type FormValues } from '../../contract/form-values.js';
import {
  drawSignatureLine,
  FORM_FRAME,
  PLEDGE,
  printedValue,
  SIGNATURE_LINE,
} from './application-form.pdf.js';
import { Flow } from './pdf-flow.js';
import { drawPageFurniture, drawSectionHeading, drawTitleBlock, formatPrintTime } from './pdf-page.js';
import { drawTable, tableLeadHeight, type Cell, type Column, type TableSpec } from './pdf-table.js';
import { CJK_FONT, drawLine, lineHeight, measurer, wrapText, type Doc, type TextStyle } from './pdf-text.js';
import { loadPdfKit } from './pdfkit-loader.js';

export interface BlankFormData {
  hallName: string;
  item: ServiceItem;
  /** ASCII URL of the online guide, for the QR code. */
  onlineUrl: string;
  /** Print the form's 样表 (its `sample` values) rather than the blank form. */
  sample: boolean;
}

export interface BlankFormContext {
  printedAt: Date;
  fontPath: string;
  fontName?: string;
  timeZone?: string;
}

export const BLANK_FORM_HOWTO =
  '填写说明：请用黑色钢笔或签字笔填写，字迹清楚；带“＊”的必须填写；选择题在选中的□里打√。';
export const SAMPLE_BANNER =
  '样表：下面的内容是虚构的填写示例，只用来对照着填写。请不要照抄，也不要把这张表交到窗口。';
/** Marks the example's values, and the word across every page of the 样表. */
const SAMPLE_COLOR = '#1a4fb4';
const WATERMARK_COLOR = '#d9d9d9';
/** Rows of a repeatable group on the blank form (the form may allow more: the window has more sheets). */
const BLANK_GROUP_ROWS = 4;

const PAGE = { width: 595.28, height: 841.89 };
const QR = { x: PAGE.width - FORM_FRAME.left - 72, y: 40, size: 72, margin: 1 } as const;
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
  banner: { size: 11, leading: 1.5, bold: true, color: SAMPLE_COLOR },
} satisfies Record<string, TextStyle>;

export async function renderBlankFormPdf(data: BlankFormData, ctx: BlankFormContext): Promise<Buffer> {
  const form = data.item.form;
  if (!form) throw new Error(`item ${data.item.id} has no form`);
  if (data.sample && !form.sample) throw new Error(`item ${data.item.id} has no sample`);
  const PDFDocument = await loadPdfKit();
  return new Promise<Buffer>((resolve, reject) => {
    const doc: Doc = new PDFDocument({
      size: 'A4',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      bufferPages: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: {
        Title: `${form.title}（${data.sample ? '样表' : '空白表'}）`,
        Author: data.hallName,
        Subject: data.sample ? '申请表填写样表' : '空白申请表',
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
      const values = data.sample ? (form.sample ?? {}) : undefined;
      new BlankFormWriter(doc, data, form.title, form.fields, values, ctx).write();
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** A choice as boxes to tick; `chosen` filled (■) on the 样表. */
export function choiceBoxes(options: readonly string[], chosen?: string): string {
  return options.map((o) => `${o === chosen ? '■' : '□'}${o}`).join('　');
}

/** What a field's cell holds: room to write on the blank form, the example's value on the 样表. */
export function blankCellText(field: ScalarFormField, sample: FormValues | undefined, raw?: unknown): string {
  const value = sample ? (typeof raw === 'string' ? raw.trim() : '') : '';
  if (field.type === 'choice' && field.options) return choiceBoxes(field.options, value || undefined);
  if (sample && value !== '') return printedValue(field, value);
  if (field.type === 'date') return '年　　　月　　　日';
  if (field.type === 'longtext') return '\n\n';
  return '';
}

class BlankFormWriter {
  private readonly flow: Flow;
  private section = 0;

  constructor(
    private readonly doc: Doc,
    private readonly data: BlankFormData,
    private readonly title: string,
    private readonly fields: FormField[],
    /** The 样表's values; undefined for the blank form. */
    private readonly sample: FormValues | undefined,
    private readonly ctx: BlankFormContext,
  ) {
    this.flow = new Flow(doc, FORM_FRAME, FORM_FRAME.top);
  }

  write(): void {
    this.flow.y = drawTitleBlock(this.doc, {
      frame: FORM_FRAME,
      qr: { ...QR, url: this.data.onlineUrl, caption: '扫码查看办事指南' },
      captionPad: 8,
      side: QR.size + 16,
      hallName: this.data.hallName,
      title: this.sample ? '样　表' : '申请表',
      subtitle: this.title,
      styles: { caption: S.caption, hall: S.hall, title: S.title, subtitle: S.formTitle },
    });
    if (this.sample) this.paragraph(SAMPLE_BANNER, S.banner);
    else this.paragraph(BLANK_FORM_HOWTO, S.body);
    this.flow.y += 4;
    this.fieldsSection();
    this.materialsSection();
    this.pledgeSection();
    this.pageFurniture();
  }

  private heading(title: string, keepWith: number): void {
    drawSectionHeading(this.flow, this.section, title, S.heading, 8, keepWith);
    this.section += 1;
  }

  private label(field: FormField): Cell {
    const mark = isRequired(field, this.sample ?? {}) || field.requiredWhen ? '＊' : '';
    return { text: `${mark}${field.label}`, fill: LABEL_FILL, align: 'center' };
  }

  private value(field: ScalarFormField, raw: unknown): Cell {
    const text = blankCellText(field, this.sample, raw);
    if (this.sample) return { text, color: SAMPLE_COLOR };
    // The year is written in the room before 年.
    return field.type === 'date' ? { text, align: 'right' } : { text };
  }

  /** Label/value grid: two short fields side by side, a long one (address, choices, text) on its own row. */
  private scalarSpec(fields: ScalarFormField[]): TableSpec {
    const longest = Math.max(...fields.map((f) => measurer(this.doc, S.cell).width(`＊${f.label}`)));
    const labelWidth = Math.min(136, Math.max(80, Math.ceil(longest) + 12));
    const valueWidth = (this.flow.width - 2 * labelWidth) / 2;
    const half = (f: ScalarFormField, cell: Cell): boolean =>
      f.type !== 'address' &&
      f.type !== 'longtext' &&
      !cell.text.includes('\n') &&
      wrapText(this.doc, cell.text, valueWidth - 8, S.cell).length === 1 &&
      wrapText(this.doc, this.label(f).text, labelWidth - 8, S.cell).length === 1 &&
      // Handwriting needs more room than print: short answers only.
      (this.sample !== undefined || f.type !== 'text' || (f.maxLength ?? 100) <= 30);
    const grid: (Cell | string)[][] = [];
    let pending: [Cell, Cell] | undefined;
    const flush = (): void => {
      if (pending) grid.push([pending[0], { ...pending[1], colSpan: 3 }]);
      pending = undefined;
    };
    for (const f of fields) {
      const cell = this.value(f, this.sample?.[f.id]);
      if (!half(f, cell)) {
        flush();
        grid.push([this.label(f), { ...cell, colSpan: 3 }]);
      } else if (pending) {
        grid.push([pending[0], pending[1], this.label(f), cell]);
        pending = undefined;
      } else pending = [this.label(f), cell];
    }
    flush();
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
      // Room for a hand to write in.
      padY: 9,
    };
  }

  private groupSpec(field: FormField): TableSpec {
    const subs = field.type === 'group' ? field.fields : [];
    const total = this.flow.width;
    const seq = 30;
    const wide = (f: ScalarFormField): number =>
      f.type === 'idNumber' ? 118 : f.type === 'phone' ? 80 : f.type === 'date' ? 78 : 0;
    const fixed = subs.reduce((sum, f) => sum + wide(f), 0);
    const flexible = subs.filter((f) => wide(f) === 0).length;
    let widths = subs.map((f) => wide(f) || Math.max(48, (total - seq - fixed) / Math.max(1, flexible)));
    const sum = widths.reduce((a, b) => a + b, 0);
    if (seq + sum !== total) widths = widths.map((w) => (w * (total - seq)) / sum);
    const columns: Column[] = [
      { header: '序号', width: seq, align: 'center' },
      ...subs.map((f, i): Column => ({ header: f.label, width: widths[i] ?? 48, align: 'center' })),
    ];
    const raw = this.sample?.[field.id];
    const entries = Array.isArray(raw) ? raw : [];
    const count = this.sample
      ? Math.max(entries.length, 1)
      : Math.min(BLANK_GROUP_ROWS, field.type === 'group' ? field.maxItems : 1);
    // On the blank form a choice's options would crowd the row: the header names the field, the hint lists them.
    const rows: (Cell | string)[][] = Array.from({ length: count }, (_, i) => [
      String(i + 1),
      ...subs.map((f): Cell => {
        if (!this.sample) return { text: '' };
        const value = entries[i]?.[f.id] ?? '';
        return { text: value === '' ? '' : printedValue(f, value), color: SAMPLE_COLOR };
      }),
    ]);
    return {
      columns,
      rows,
      body: S.small,
      headerStyle: S.smallHeader,
      headerFill: LABEL_FILL,
      padY: this.sample ? 5 : 9,
    };
  }

  /** What the options of a group's choices are, under the group's table of the blank form. */
  private groupChoices(field: FormField): string {
    if (field.type !== 'group') return '';
    return field.fields
      .filter((f) => f.type === 'choice' && f.options)
      .map((f) => `${f.label}：${(f.options ?? []).join('、')}`)
      .join('；');
  }

  private fieldsSection(): void {
    const runs: Array<{ kind: 'scalars'; fields: ScalarFormField[] } | { kind: 'group'; field: FormField }> =
      [];
    for (const field of this.fields) {
      if (field.type === 'group') {
        runs.push({ kind: 'group', field });
        continue;
      }
      const last = runs[runs.length - 1];
      if (last?.kind === 'scalars') last.fields.push(field);
      else runs.push({ kind: 'scalars', fields: [field] });
    }
    runs.forEach((run, i) => {
      const spec = run.kind === 'scalars' ? this.scalarSpec(run.fields) : this.groupSpec(run.field);
      const caption = run.kind === 'group' ? this.label(run.field).text : undefined;
      const lead = tableLeadHeight(this.flow, spec) + (caption ? lineHeight(S.bodyBold) + 4 : 0);
      if (i === 0) this.heading('申请人填写', lead);
      else {
        this.flow.y += 6;
        this.flow.ensure(lead);
      }
      if (caption) {
        drawLine(this.doc, caption, FORM_FRAME.left, this.flow.y, S.bodyBold);
        this.flow.y += lineHeight(S.bodyBold) + 2;
      }
      drawTable(this.flow, spec);
      if (run.kind === 'group' && !this.sample) {
        const choices = this.groupChoices(run.field);
        if (choices) this.paragraph(`可填：${choices}。`, S.small);
        this.paragraph('行数不够的，可另附纸写明，并签字。', S.small);
      }
    });
    const hints = this.fields.filter((f) => f.hint).map((f) => `${f.label}：${f.hint ?? ''}`);
    if (hints.length > 0) {
      this.flow.y += 4;
      this.paragraph(`提示：${hints.join('；')}。`, S.small);
    }
  }

  private materialsSection(): void {
    const toBring = this.data.item.materials.filter((m) => !m.sharedExempt);
    const lines = toBring.map(
      (m) =>
        `${m.name}${m.blankForm ? '（就是本表）' : ''}（${m.form}，${m.copies}份${m.required ? '' : '，视情况提供'}）`,
    );
    const entries = lines.length > 0 ? lines : ['无需另带材料。'];
    const lh = lineHeight(S.body);
    this.heading('填好后，带上以下材料到窗口', 2 * lh);
    entries.forEach((entry, i) => {
      wrapText(this.doc, entry, this.flow.width - 22, S.body).forEach((line, j) => {
        this.flow.ensure(lh);
        if (j === 0) drawLine(this.doc, `${i + 1}.`, FORM_FRAME.left, this.flow.y, S.body);
        drawLine(this.doc, line, FORM_FRAME.left + 22, this.flow.y, S.body);
        this.flow.y += lh;
      });
    });
    const exempt = this.data.item.materials.filter((m) => m.sharedExempt);
    if (exempt.length > 0)
      this.paragraph(`不用交复印件（部门间数据共享获取）：${exempt.map((m) => m.name).join('、')}。`, S.body);
  }

  private pledgeSection(): void {
    const lh = lineHeight(S.body);
    const pledge = wrapText(this.doc, PLEDGE, this.flow.width, S.body);
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

  private paragraph(text: string, style: TextStyle): void {
    const lh = lineHeight(style);
    for (const line of wrapText(this.doc, text, this.flow.width, style)) {
      this.flow.ensure(lh);
      drawLine(this.doc, line, FORM_FRAME.left, this.flow.y, style);
      this.flow.y += lh;
    }
  }

  private pageFurniture(): void {
    const printed = formatPrintTime(this.ctx.printedAt, this.ctx.timeZone ?? 'Asia/Shanghai');
    const kind = this.sample ? '样表（填写示例，请勿提交）' : '空白表';
    drawPageFurniture(this.doc, {
      frame: FORM_FRAME,
      footerY: FORM_FRAME.bottom + 22,
      runningHead: { left: `${this.title} · ${kind}` },
      footer: this.sample
        ? `样表仅供对照填写，内容为虚构，请勿提交。打印时间：${printed}`
        : `本表由自助服务终端打印，填好签字后连同材料交窗口。打印时间：${printed}`,
      styles: { running: S.running, footer: S.footer },
    });
    if (this.sample) this.watermark();
  }

  /** 样表 across every page, under nothing important: light grey, drawn last. */
  private watermark(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      doc.save();
      doc.rotate(-30, { origin: [PAGE.width / 2, PAGE.height / 2] });
      doc.opacity(0.35);
      drawLine(
        doc,
        '样表',
        0,
        PAGE.height / 2 - 80,
        { size: 140, leading: 1.2, color: WATERMARK_COLOR },
        'center',
        PAGE.width,
      );
      doc.restore();
    }
  }
}

/**
 * What the filled application form and the blank form (and its 样表) share: the frame, the styles, the
 * title block with its QR code, the form's fields as runs of label/value grids and group tables, the
 * numbered list of materials, the pledge with the signature lines, and the running header and footer.
 * Each form keeps only what it puts into its cells.
 */
import type { FormField, ScalarFormField } from '../../contract/catalog.schema.js';
import { drawParagraph, SectionHeadings } from './pdf-blocks.js';
import { A4, A4_MARGIN_X, a4Frame, LABEL_FILL, SHEET_STYLES } from './pdf-document.js';
import { Flow, type Frame } from './pdf-flow.js';
import { drawPageFurniture, drawTitleBlock, formatPrintTime } from './pdf-page.js';
import { drawTable, tableLeadHeight, type Cell, type Column, type TableSpec } from './pdf-table.js';
import { drawLine, lineHeight, measurer, wrapText, type Doc, type TextStyle } from './pdf-text.js';

export const PLEDGE =
  '本人承诺：以上填写内容和提交的材料真实、准确、完整，如有隐瞒或虚假，愿承担相应责任；' +
  '同意经办部门为办理本事项依法核查相关信息。';
export const SIGNATURE_LINE = '申请人（签字或按手印）：';

export const FORM_FRAME: Frame = a4Frame(66, 70);
const QR = { x: A4.width - A4_MARGIN_X - 72, y: 40, size: 72, margin: 1 } as const;

export const FORM_STYLES = {
  ...SHEET_STYLES,
  title: { size: 22, leading: 1.35, bold: true, characterSpacing: 6 },
  formTitle: { size: 15, leading: 1.4, bold: true },
  body: { size: 10.5, leading: 1.6 },
  bodyBold: { size: 10.5, leading: 1.6, bold: true },
  small: { size: 9.5, leading: 1.4 },
  smallHeader: { size: 9.5, leading: 1.4, bold: true },
} satisfies Record<string, TextStyle>;
const S = FORM_STYLES;

/** The form's fields in order: consecutive scalar fields make one grid, each group a table of its own. */
export type FieldRun = { kind: 'scalars'; fields: ScalarFormField[] } | { kind: 'group'; field: FormField };

export function fieldRuns(fields: readonly FormField[]): FieldRun[] {
  const runs: FieldRun[] = [];
  for (const field of fields) {
    if (field.type === 'group') {
      runs.push({ kind: 'group', field });
      continue;
    }
    const last = runs[runs.length - 1];
    if (last?.kind === 'scalars') last.fields.push(field);
    else runs.push({ kind: 'scalars', fields: [field] });
  }
  return runs;
}

/** One label/value pair of a grid; `half` when both fit half the width on one line. */
export interface GridEntry {
  label: Cell;
  value: Cell;
  half: boolean;
}

/** How a group's columns share the width when they do not fill it exactly. */
export type GroupFit = 'scale' | 'shrink-or-widen-last';

export abstract class FormSheet {
  protected readonly flow: Flow;
  private readonly headings: SectionHeadings;

  constructor(protected readonly doc: Doc) {
    this.flow = new Flow(doc, FORM_FRAME, FORM_FRAME.top);
    this.headings = new SectionHeadings(this.flow, S.heading, 8);
  }

  protected heading(title: string, keepWith: number): void {
    this.headings.draw(title, keepWith);
  }

  protected paragraph(text: string, style: TextStyle): void {
    drawParagraph(this.flow, text, style);
  }

  protected titleBlock(block: {
    url: string;
    caption: string;
    hallName: string;
    title: string;
    subtitle: string;
  }): void {
    this.flow.y = drawTitleBlock(this.doc, {
      frame: FORM_FRAME,
      qr: { ...QR, url: block.url, caption: block.caption },
      captionPad: 8,
      side: QR.size + 16,
      hallName: block.hallName,
      title: block.title,
      subtitle: block.subtitle,
      styles: { caption: S.caption, hall: S.hall, title: S.title, subtitle: S.formTitle },
    });
  }

  /** Label width for these labels: the longest on one line (within reason). */
  protected labelWidth(labels: readonly string[]): number {
    const longest = Math.max(...labels.map((l) => measurer(this.doc, S.cell).width(l)));
    return Math.min(136, Math.max(80, Math.ceil(longest) + 12));
  }

  /** Whether a text fits a cell of this width on one line. */
  protected oneLine(text: string, width: number): boolean {
    return wrapText(this.doc, text, width - 8, S.cell).length === 1;
  }

  /** Label/value pairs as a form grid: two half pairs side by side, any other on a row of its own. */
  protected gridSpec(entries: readonly GridEntry[], labelWidth: number, padY?: number): TableSpec {
    const valueWidth = (this.flow.width - 2 * labelWidth) / 2;
    const grid: (Cell | string)[][] = [];
    let pending: GridEntry | undefined;
    const flush = (): void => {
      if (pending) grid.push([pending.label, { ...pending.value, colSpan: 3 }]);
      pending = undefined;
    };
    for (const entry of entries) {
      if (!entry.half) {
        flush();
        grid.push([entry.label, { ...entry.value, colSpan: 3 }]);
      } else if (pending) {
        grid.push([pending.label, pending.value, entry.label, entry.value]);
        pending = undefined;
      } else pending = entry;
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
      ...(padY === undefined ? {} : { padY }),
    };
  }

  /** A group's columns: 序号, then one per sub-field; ID numbers get `idWidth`, phones and dates theirs. */
  protected groupColumns(subs: readonly ScalarFormField[], idWidth: number, fit: GroupFit): Column[] {
    const total = this.flow.width;
    const seq = 30;
    const wide = (f: ScalarFormField): number =>
      f.type === 'idNumber' ? idWidth : f.type === 'phone' ? 80 : f.type === 'date' ? 78 : 0;
    const fixed = subs.reduce((sum, f) => sum + wide(f), 0);
    const flexible = subs.filter((f) => wide(f) === 0).length;
    let widths = subs.map((f) => wide(f) || Math.max(48, (total - seq - fixed) / Math.max(1, flexible)));
    const sum = widths.reduce((a, b) => a + b, 0);
    if (fit === 'scale' ? seq + sum !== total : seq + sum > total)
      widths = widths.map((w) => (w * (total - seq)) / sum);
    else if (fit === 'shrink-or-widen-last' && flexible === 0 && widths.length > 0) {
      // Only fixed-width columns: the last one takes what is left.
      widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + (total - seq - sum);
    }
    return [
      { header: '序号', width: seq, align: 'center' },
      ...subs.map((f, i): Column => ({ header: f.label, width: widths[i] ?? 48, align: 'center' })),
    ];
  }

  /** The fields under one heading: each run's table, a group's caption above it, `after` below it. */
  protected fieldsSection(
    title: string,
    runs: readonly FieldRun[],
    draw: {
      spec: (run: FieldRun) => TableSpec;
      caption: (field: FormField) => string;
      after?: (run: FieldRun) => void;
    },
  ): void {
    runs.forEach((run, i) => {
      const spec = draw.spec(run);
      const caption = run.kind === 'group' ? draw.caption(run.field) : undefined;
      const lead = tableLeadHeight(this.flow, spec) + (caption ? lineHeight(S.bodyBold) + 4 : 0);
      if (i === 0) this.heading(title, lead);
      else {
        this.flow.y += 6;
        this.flow.ensure(lead);
      }
      if (caption) {
        drawLine(this.doc, caption, FORM_FRAME.left, this.flow.y, S.bodyBold);
        this.flow.y += lineHeight(S.bodyBold) + 2;
      }
      drawTable(this.flow, spec);
      draw.after?.(run);
    });
  }

  /** Numbered entries with a hanging indent under a heading kept with `keepLines` of them. */
  protected numberedSection(
    title: string,
    entries: readonly string[],
    keepLines: (lines: number) => number,
  ): void {
    const lh = lineHeight(S.body);
    const lines: [string, string][] = [];
    entries.forEach((entry, i) => {
      wrapText(this.doc, entry, this.flow.width - 22, S.body).forEach((line, j) =>
        lines.push([j === 0 ? `${i + 1}.` : '', line]),
      );
    });
    this.heading(title, keepLines(lines.length) * lh);
    for (const [marker, text] of lines) {
      this.flow.ensure(lh);
      if (marker) drawLine(this.doc, marker, FORM_FRAME.left, this.flow.y, S.body);
      drawLine(this.doc, text, FORM_FRAME.left + 22, this.flow.y, S.body);
      this.flow.y += lh;
    }
  }

  /** The pledge and both signature lines, kept together on one page. */
  protected pledgeSection(): void {
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

  /** Running header and footer on every page; `footer` gets the printed time. */
  protected furniture(
    runningHead: string,
    printedAt: Date,
    timeZone: string,
    footer: (printed: string) => string,
  ): void {
    drawPageFurniture(this.doc, {
      frame: FORM_FRAME,
      footerY: FORM_FRAME.bottom + 22,
      runningHead: { left: runningHead },
      footer: footer(formatPrintTime(printedAt, timeZone)),
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

export { LABEL_FILL };

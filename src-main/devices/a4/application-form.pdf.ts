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
import { FORM_STYLES as S, fieldRuns, FormSheet, LABEL_FILL } from './form-sheet.js';
import { renderA4Pdf } from './pdf-document.js';
import { formatPrintTime } from './pdf-page.js';
import { drawTable, tableLeadHeight, type Cell, type TableSpec } from './pdf-table.js';
import type { Doc } from './pdf-text.js';

export { drawSignatureLine, FORM_FRAME, PLEDGE, SIGNATURE_LINE } from './form-sheet.js';

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

export async function renderApplicationFormPdf(
  data: ApplicationFormData,
  ctx: ApplicationFormContext,
): Promise<Buffer> {
  const form = data.item.form;
  if (!form) throw new Error(`item ${data.item.id} has no form`);
  // Metadata names the item and the number only, never the applicant.
  return renderA4Pdf(
    { Title: `${form.title}（${data.localNumber}）`, Author: data.hallName, Subject: '自助申报申请表' },
    ctx.printedAt,
    ctx,
    (doc) => new FormWriter(doc, data, form.title, form.fields, ctx).write(),
  );
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

class FormWriter extends FormSheet {
  constructor(
    doc: Doc,
    private readonly data: ApplicationFormData,
    private readonly title: string,
    private readonly fields: FormField[],
    private readonly ctx: ApplicationFormContext,
  ) {
    super(doc);
  }

  write(): void {
    const { data } = this;
    this.titleBlock({
      url: data.progressUrl,
      caption: '扫码查询办理进度',
      hallName: data.hallName,
      title: '申请表',
      subtitle: this.title,
    });
    this.kvSection('申报信息', [
      ['申请事项', data.item.name],
      ['事项编码', data.item.code],
      ['申报编号', data.localNumber],
      ['申报时间', formatPrintTime(data.submittedAt, this.timeZone())],
      ['身份核验', data.identityMethod === 'card' ? '已读取居民身份证' : '手动输入（请向窗口出示身份证件）'],
      ['承诺办结时限', data.item.promisedTimeLimit],
    ]);
    this.fieldsSection('填写内容', fieldRuns(this.fields), {
      spec: (run) =>
        run.kind === 'scalars'
          ? this.kvSpec(run.fields.map((f) => [f.label, printedValue(f, data.values[f.id])]))
          : this.groupSpec(run.field),
      caption: (field) => this.groupCaption(field),
    });
    this.materialsSection();
    this.pledgeSection();
    this.furniture(
      `${this.title} · 申报编号 ${data.localNumber}`,
      this.ctx.printedAt,
      this.timeZone(),
      (printed) => `本表由自助服务终端生成，请核对签字后连同材料交窗口。打印时间：${printed}`,
    );
  }

  private timeZone(): string {
    return this.ctx.timeZone ?? 'Asia/Shanghai';
  }

  /**
   * Label/value pairs as a form grid: two short pairs side by side (label, value, label, value), a long
   * value (an address, a reason, anything that would wrap in half the width) on a row of its own.
   */
  private kvSpec(rows: [string, string][]): TableSpec {
    const labelWidth = this.labelWidth(rows.map(([l]) => l));
    const valueWidth = (this.flow.width - 2 * labelWidth) / 2;
    return this.gridSpec(
      rows.map(([label, value]) => ({
        label: { text: label, fill: LABEL_FILL, align: 'center' },
        value: { text: value },
        half: this.oneLine(value, valueWidth) && this.oneLine(label, labelWidth),
      })),
      labelWidth,
    );
  }

  private kvSection(title: string, rows: [string, string][]): void {
    const spec = this.kvSpec(rows);
    this.heading(title, tableLeadHeight(this.flow, spec));
    drawTable(this.flow, spec);
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
    const entries = this.groupRows(field);
    const rows: (Cell | string)[][] =
      entries.length > 0
        ? entries.map((entry, i) => [String(i + 1), ...subs.map((f) => printedValue(f, entry[f.id]))])
        : [['—', { text: NOT_FILLED, colSpan: subs.length, align: 'center' }]];
    return {
      columns: this.groupColumns(subs, 112, 'shrink-or-widen-last'),
      rows,
      body: S.small,
      headerStyle: S.smallHeader,
      headerFill: LABEL_FILL,
    };
  }

  private materialsSection(): void {
    const toBring = this.data.item.materials.filter((m) => !m.sharedExempt);
    const exempt = this.data.item.materials.filter((m) => m.sharedExempt);
    const lines = toBring.map(
      (m) => `${m.name}（${m.form}，${m.copies}份${m.required ? '' : '，视情况提供'}）`,
    );
    this.numberedSection('请携带以下材料到窗口', lines.length > 0 ? lines : ['无需另带材料。'], (n) =>
      Math.min(n, 2),
    );
    if (exempt.length > 0) {
      this.flow.y += 2;
      this.paragraph(`无需提供（部门间数据共享获取）：${exempt.map((m) => m.name).join('、')}。`, S.body);
    }
  }
}

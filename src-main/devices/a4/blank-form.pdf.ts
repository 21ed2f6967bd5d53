/**
 * An item's application form (《…申请书》) on A4 to fill in by hand: every field of the form schema with
 * room to write (choices as boxes to tick, dates as 年月日 blanks, repeatable groups as ruled rows), what to
 * bring, the pledge and the signature lines. With `sample` it is the 样表 instead: the same page filled with
 * the catalog's invented example in blue, marked 样表 on every page so it is never handed in.
 */
import type { FormField, ScalarFormField, ServiceItem } from '../../contract/catalog.schema.js';
import { isRequired, type FormValues } from '../../contract/form-values.js';
import { printedValue } from './application-form.pdf.js';
import { FORM_STYLES, fieldRuns, FormSheet, LABEL_FILL, type FieldRun } from './form-sheet.js';
import { A4, renderA4Pdf } from './pdf-document.js';
import type { Cell, TableSpec } from './pdf-table.js';
import { drawLine, type Doc, type TextStyle } from './pdf-text.js';

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

const S = {
  ...FORM_STYLES,
  banner: { size: 11, leading: 1.5, bold: true, color: SAMPLE_COLOR },
} satisfies Record<string, TextStyle>;

export async function renderBlankFormPdf(data: BlankFormData, ctx: BlankFormContext): Promise<Buffer> {
  const form = data.item.form;
  if (!form) throw new Error(`item ${data.item.id} has no form`);
  if (data.sample && !form.sample) throw new Error(`item ${data.item.id} has no sample`);
  const values = data.sample ? (form.sample ?? {}) : undefined;
  return renderA4Pdf(
    {
      Title: `${form.title}（${data.sample ? '样表' : '空白表'}）`,
      Author: data.hallName,
      Subject: data.sample ? '申请表填写样表' : '空白申请表',
    },
    ctx.printedAt,
    ctx,
    (doc) => new BlankFormWriter(doc, data, form.title, form.fields, values, ctx).write(),
  );
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

class BlankFormWriter extends FormSheet {
  constructor(
    doc: Doc,
    private readonly data: BlankFormData,
    private readonly title: string,
    private readonly fields: FormField[],
    /** The 样表's values; undefined for the blank form. */
    private readonly sample: FormValues | undefined,
    private readonly ctx: BlankFormContext,
  ) {
    super(doc);
  }

  write(): void {
    this.titleBlock({
      url: this.data.onlineUrl,
      caption: '扫码查看办事指南',
      hallName: this.data.hallName,
      title: this.sample ? '样　表' : '申请表',
      subtitle: this.title,
    });
    if (this.sample) this.paragraph(SAMPLE_BANNER, S.banner);
    else this.paragraph(BLANK_FORM_HOWTO, S.body);
    this.flow.y += 4;
    this.fieldsSection('申请人填写', fieldRuns(this.fields), {
      spec: (run) => (run.kind === 'scalars' ? this.scalarSpec(run.fields) : this.groupSpec(run.field)),
      caption: (field) => this.label(field).text,
      after: (run) => this.groupNotes(run),
    });
    const hints = this.fields.filter((f) => f.hint).map((f) => `${f.label}：${f.hint ?? ''}`);
    if (hints.length > 0) {
      this.flow.y += 4;
      this.paragraph(`提示：${hints.join('；')}。`, S.small);
    }
    this.materialsSection();
    this.pledgeSection();
    const kind = this.sample ? '样表（填写示例，请勿提交）' : '空白表';
    this.furniture(
      `${this.title} · ${kind}`,
      this.ctx.printedAt,
      this.ctx.timeZone ?? 'Asia/Shanghai',
      (printed) =>
        this.sample
          ? `样表仅供对照填写，内容为虚构，请勿提交。打印时间：${printed}`
          : `本表由自助服务终端打印，填好签字后连同材料交窗口。打印时间：${printed}`,
    );
    if (this.sample) this.watermark();
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
    const labelWidth = this.labelWidth(fields.map((f) => `＊${f.label}`));
    const valueWidth = (this.flow.width - 2 * labelWidth) / 2;
    const half = (f: ScalarFormField, cell: Cell): boolean =>
      f.type !== 'address' &&
      f.type !== 'longtext' &&
      !cell.text.includes('\n') &&
      this.oneLine(cell.text, valueWidth) &&
      this.oneLine(this.label(f).text, labelWidth) &&
      // Handwriting needs more room than print: short answers only.
      (this.sample !== undefined || f.type !== 'text' || (f.maxLength ?? 100) <= 30);
    const entries = fields.map((f) => {
      const value = this.value(f, this.sample?.[f.id]);
      return { label: this.label(f), value, half: half(f, value) };
    });
    // Room for a hand to write in.
    return this.gridSpec(entries, labelWidth, 9);
  }

  private groupSpec(field: FormField): TableSpec {
    const subs = field.type === 'group' ? field.fields : [];
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
      columns: this.groupColumns(subs, 118, 'scale'),
      rows,
      body: S.small,
      headerStyle: S.smallHeader,
      headerFill: LABEL_FILL,
      padY: this.sample ? 5 : 9,
    };
  }

  /** Under a group's table of the blank form: what its choices' options are, and room for more rows. */
  private groupNotes(run: FieldRun): void {
    if (run.kind !== 'group' || this.sample || run.field.type !== 'group') return;
    const choices = run.field.fields
      .filter((f) => f.type === 'choice' && f.options)
      .map((f) => `${f.label}：${(f.options ?? []).join('、')}`)
      .join('；');
    if (choices) this.paragraph(`可填：${choices}。`, S.small);
    this.paragraph('行数不够的，可另附纸写明，并签字。', S.small);
  }

  private materialsSection(): void {
    const toBring = this.data.item.materials.filter((m) => !m.sharedExempt);
    const lines = toBring.map(
      (m) =>
        `${m.name}${m.blankForm ? '（就是本表）' : ''}（${m.form}，${m.copies}份${m.required ? '' : '，视情况提供'}）`,
    );
    this.numberedSection(
      '填好后，带上以下材料到窗口',
      lines.length > 0 ? lines : ['无需另带材料。'],
      () => 2,
    );
    const exempt = this.data.item.materials.filter((m) => m.sharedExempt);
    if (exempt.length > 0)
      this.paragraph(`不用交复印件（部门间数据共享获取）：${exempt.map((m) => m.name).join('、')}。`, S.body);
  }

  /** 样表 across every page, under nothing important: light grey, drawn last. */
  private watermark(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      doc.save();
      doc.rotate(-30, { origin: [A4.width / 2, A4.height / 2] });
      doc.opacity(0.35);
      drawLine(
        doc,
        '样表',
        0,
        A4.height / 2 - 80,
        { size: 140, leading: 1.2, color: WATERMARK_COLOR },
        'center',
        A4.width,
      );
      doc.restore();
    }
  }
}

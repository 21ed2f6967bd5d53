/**
 * The A4 application form (申请表) of a declaration: every field with its value, household members as a
 * table, the materials to bring, the pledge and signature lines; checked with pdftotext and looked at
 * as a PNG of page 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkForm, type FormValues } from '../../../../src-main/contract/form-values.js';
import {
  NOT_FILLED,
  PLEDGE,
  printedValue,
  renderApplicationFormPdf,
  SIGNATURE_LINE,
  type ApplicationFormData,
} from '../../../../src-main/devices/a4/application-form.pdf.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';
import { DIBAO_VALUES } from '../../../helpers/dibao-declaration.js';
import { FONT_PATH, OUTPUT_DIR, pdfPageCount, pdfText, renderPng, squash } from './guide-test-item.js';

const demo = loadDemoCatalog();
const dibao = demo.items.find((i) => i.id === 'dibao-confirm')!;

function data(values: FormValues, item = dibao): ApplicationFormData {
  return {
    hallName: '淄川区昆仑镇便民服务中心',
    item,
    localNumber: 'ZCKL01202611250007',
    submittedAt: new Date('2026-11-25T02:03:00Z'),
    identityMethod: 'card',
    values,
    progressUrl: 'https://zwfw.sd.gov.cn/ZB/progress?no=ZCKL01202611250007',
  };
}

async function write(name: string, pdf: Buffer): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.pdf`);
  await fs.promises.writeFile(file, pdf);
  return file;
}

const CTX = { printedAt: new Date('2026-11-25T02:05:00Z'), fontPath: FONT_PATH };

describe('A4 application form', () => {
  it('holds the hall, item, 申报编号, time, every field with its value, the members, materials and signature', async () => {
    expect(checkForm(dibao.form!, DIBAO_VALUES)).toEqual([]); // the values a citizen can submit
    const file = await write(
      'application-form-dibao',
      await renderApplicationFormPdf(data(DIBAO_VALUES), CTX),
    );
    const text = squash(pdfText(file));
    for (const expected of [
      '淄川区昆仑镇便民服务中心',
      '申请表',
      dibao.form!.title,
      '最低生活保障审核确认',
      dibao.code,
      'ZCKL01202611250007',
      '2026-11-2510:03', // China time
      '已读取居民身份证',
      dibao.promisedTimeLimit,
      '1990年1月1日',
      '王建国',
      '370302198805060019',
      '王小雨',
      '370302201503070048',
      '共同生活家庭成员（不含申请人）（共2项）',
      '《最低生活保障申请书》',
      '无需提供（部门间数据共享获取）',
      SIGNATURE_LINE,
      '窗口受理人',
      PLEDGE,
      '第1页/共1页',
    ])
      expect(text, expected).toContain(squash(expected));
    // Every field: its label and its value (or 未填写).
    for (const field of dibao.form!.fields) {
      expect(text, field.label).toContain(squash(field.label));
      if (field.type === 'group') {
        for (const sub of field.fields) expect(text, sub.label).toContain(squash(sub.label));
        continue;
      }
      expect(text, field.id).toContain(squash(printedValue(field, DIBAO_VALUES[field.id])));
    }
    expect(text).toContain(NOT_FILLED); // payAccount was left empty
    expect(pdfPageCount(file)).toBe(1);
    const png = renderPng(file, 1, 'application-form-dibao-p1');
    expect(fs.statSync(png).size).toBeGreaterThan(20_000);
  });

  it('says when a group was left empty, and marks manual identity entry', async () => {
    const values = { ...DIBAO_VALUES, members: [] };
    const file = await write(
      'application-form-no-members',
      await renderApplicationFormPdf({ ...data(values), identityMethod: 'manual' }, CTX),
    );
    const text = squash(pdfText(file));
    expect(text).toContain('共同生活家庭成员（不含申请人）（未填写）');
    expect(text).toContain('手动输入（请向窗口出示身份证件）');
  });

  it('flows over pages with many members, keeping the pledge and signatures together', async () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      memberName: `成员${'一二三四五六七八九十'[i]}`,
      relation: '其他共同生活人员',
      memberIdNumber: '370302198805060017',
      health: '健康',
      occupation: '务农',
      memberIncome: '500',
    }));
    const reason = '家庭困难情况说明。'.repeat(60);
    const file = await write(
      'application-form-long',
      await renderApplicationFormPdf(data({ ...DIBAO_VALUES, reason, members: many }), CTX),
    );
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThan(1);
    const last = squash(pdfText(file, pages));
    expect(last).toContain(SIGNATURE_LINE);
    expect(last).toContain(squash(PLEDGE));
    expect(squash(pdfText(file, 2))).toContain('申报编号ZCKL01202611250007'); // running header
    expect(squash(pdfText(file))).toContain('成员十');
  });

  it('prints dates in Chinese and empty values as 未填写', () => {
    const date = { id: 'd', label: '日期', type: 'date' as const, required: false };
    expect(printedValue(date, '2026-03-05')).toBe('2026年3月5日');
    expect(printedValue(date, ' ')).toBe(NOT_FILLED);
    expect(printedValue({ ...date, type: 'text' }, '磁村')).toBe('磁村');
  });
});

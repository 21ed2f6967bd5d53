/**
 * Test data for the A4 guide: an item of the demo catalog, the fixture, and a deliberately long
 * item that must span several pages.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceItemSchema } from '../../../../src-main/contract/catalog.schema.js';
import type { Material, ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const FONT_PATH = path.join(ROOT, 'resources/fonts/wqy-microhei.ttc');
export const OUTPUT_DIR = path.join(ROOT, 'test-output/a4');
const FIXTURE = path.join(ROOT, 'tests/fixtures/guide-item.json');

/** The fixture item (always valid). */
export function fixtureItem(): ServiceItem {
  return serviceItemSchema.parse(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')));
}

/** The demo catalog's 最低生活保障审核确认 (it has 免提交 materials), which the other tiers use too. */
export function guideItem(): { item: ServiceItem; source: string } {
  const item = loadDemoCatalog().items.find((i) => i.id === 'dibao-confirm');
  if (!item) throw new Error('demo catalog lacks dibao-confirm');
  return { item, source: 'resources/catalog/demo-catalog.json#dibao-confirm' };
}

/** A long item: 28 materials (every fourth 免提交), 14 steps, many conditions and questions. */
export function longItem(): ServiceItem {
  const base = fixtureItem();
  const forms = ['原件', '复印件', '原件和复印件'] as const;
  const materials: Material[] = Array.from({ length: 28 }, (_, i) => ({
    name: `测试材料第${String(i + 1).padStart(2, '0')}项${i % 3 === 0 ? '（含家庭成员收入证明、就业情况说明及相关佐证材料）' : ''}`,
    form: forms[i % 3] ?? '原件',
    copies: (i % 3) + 1,
    medium: i % 2 === 0 ? '纸质' : '纸质或电子',
    source: i % 4 === 0 ? '政府部门核发' : '申请人自备',
    sharedExempt: i % 4 === 1,
    note:
      i % 5 === 0 ? '由村（社区）出具并加盖公章，注明出具日期，有效期为三个月，逾期需重新开具。' : undefined,
    required: i % 6 !== 5,
  }));
  return {
    ...base,
    id: 'long-guide-test',
    name: '特困人员救助供养审核确认（含分散供养和集中供养、生活不能自理等级评估）',
    materials,
    process: Array.from({ length: 14 }, (_, i) => ({
      title: `第${i + 1}环节 审查办理`,
      description: `工作人员对第${i + 1}环节的申请材料进行审查，核对申请人及共同生活家庭成员的身份、收入和财产信息，必要时入户调查，并在规定时限内作出处理意见，书面告知申请人。`,
    })),
    conditions: Array.from(
      { length: 12 },
      (_, i) =>
        `受理条件第${i + 1}条：申请人及其共同生活的家庭成员符合本地最低生活保障和特困人员认定的有关规定。`,
    ),
    faq: Array.from({ length: 6 }, (_, i) => ({
      q: `常见问题第${i + 1}问：可以委托他人代为办理吗？`,
      a: '可以。受托人需携带本人身份证和申请人签字的书面委托书，到镇便民服务中心窗口办理。',
    })),
  };
}

/** Text of a PDF in content-stream order (`pdftotext -raw`), with every whitespace removed. */
export function pdfText(file: string, page?: number): string {
  const args = ['-raw', '-enc', 'UTF-8'];
  if (page !== undefined) args.push('-f', String(page), '-l', String(page));
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

/** Renders one page to `<OUTPUT_DIR>/<name>.png` at 60 dpi and returns the path. */
export function renderPng(file: string, page: number, name: string): string {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const base = path.join(OUTPUT_DIR, name);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    base,
  ]);
  return `${base}.png`;
}

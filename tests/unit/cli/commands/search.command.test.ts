import { describe, expect, it } from 'vitest';
import { searchCommand } from '../../../../src-main/cli/commands/search.command.js';
import type { ServiceItem } from '../../../../src-main/contract/catalog.schema.js';

/** Only the fields the search reads; the command does not validate the catalog. */
function item(n: number, name: string, aliases: string[] = []): ServiceItem {
  return {
    id: `item-${n}`,
    code: `TEST-${String(n).padStart(6, '0')}`,
    name,
    aliases,
    materials: [],
    conditions: [],
    themes: [],
    department: '便民服务中心',
    resultName: '办理结果',
  } as unknown as ServiceItem;
}

const items = [
  item(1, '城乡居民基本养老保险参保登记', ['新农保']),
  item(2, '养老保险待遇领取'),
  item(3, '最低生活保障审核确认', ['低保']),
  ...Array.from({ length: 15 }, (_, i) => item(10 + i, `第${i + 1}村养老服务补贴申请`)),
];

async function run(args: string[], load: () => Promise<ServiceItem[]> | ServiceItem[] = () => items) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await searchCommand(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, load);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kiosk search', () => {
  it('prints the ranked top 10 as JSON with --json', async () => {
    const r = await run(['yanglao', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const hits = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(hits).toHaveLength(10);
    expect(hits[0]).toEqual({
      id: 'item-2',
      code: 'TEST-000002',
      name: '养老保险待遇领取',
      score: expect.any(Number),
    });
    expect(Object.keys(hits[1]!).sort()).toEqual(['code', 'id', 'name', 'score']);
    const scores = hits.map((h) => h.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('joins the words of the query (pinyin typed with spaces)', async () => {
    const r = await run(['--json', 'yanglao', 'baoxian']);
    const ids = (JSON.parse(r.out) as Array<{ id: string }>).map((h) => h.id);
    expect(ids.slice(0, 2)).toEqual(['item-2', 'item-1']);
  });

  it('prints a readable table with the matched part marked', async () => {
    const r = await run(['di保']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^序号\s+得分\s+事项编码\s+事项名称\s+匹配$/);
    expect(lines[1]).toContain('最低生活保障审核确认');
    expect(lines[1]).toContain('俗称：【低保】');
  });

  it('says so in Chinese when nothing matches', async () => {
    const r = await run(['xyzxyz']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有找到');
    expect((await run(['xyzxyz', '--json'])).out).toBe('[]');
  });

  it('fails with usage on a missing query or an unknown option', async () => {
    const empty = await run(['--json']);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('用法');
    const unknown = await run(['养老', '--fast']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--fast');
  });

  it('reports a catalog that cannot be loaded', async () => {
    const r = await run(['养老'], () => Promise.reject(new Error('ENOENT catalog.json')));
    expect(r.code).toBe(1);
    expect(r.err).toContain('无法读取事项目录');
  });

  it('explains with --explain: words, dropped words, expansions and each hit word scores', async () => {
    const r = await run(['我想问养劳金怎么领', '--explain']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('分词：');
    expect(r.out).toMatch(/去掉：.*怎么/u);
    expect(r.out).toMatch(/养劳金 → 养老\S*（同音/u);
    expect(r.out).toContain('1. 养老保险待遇领取');
  });

  it('gives the explanation as JSON with --explain --json', async () => {
    const r = await run(['低保要带什么', '--explain', '--json']);
    const e = JSON.parse(r.out) as { understanding: { dropped: string[] }; hits: Array<{ id: string }> };
    expect(e.understanding.dropped.join(' ')).toContain('什么');
    expect(e.hits[0]!.id).toBe('item-3');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceItemSchema } from '../../../../src-main/contract/catalog.schema.js';
import type { ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { createSearchIndex } from '../../../../src-main/services/search/search.service.js';
import type { SearchHit } from '../../../../src-main/contract/search.types.js';

interface Texts {
  aliases?: string[];
  materials?: string[];
  conditions?: string[];
}

let serial = 0;

/** A valid catalog item whose searchable texts are the given ones; every other field is filler. */
function item(name: string, texts: Texts = {}): ServiceItem {
  serial++;
  return serviceItemSchema.parse({
    id: `item-${serial}`,
    code: `TEST-${String(serial).padStart(6, '0')}`,
    name,
    aliases: texts.aliases ?? [],
    itemType: '公共服务',
    basis: ['测试依据'],
    authority: '测试镇人民政府',
    authorityNature: '法定机关',
    level: '乡(镇、街道)级',
    department: '便民服务中心',
    themes: ['社会救助'],
    target: '个人',
    handlingType: '即办件',
    legalTimeLimit: '即办',
    promisedTimeLimit: '即办',
    promisedDays: 0,
    resultName: '办理结果',
    resultDelivery: ['窗口领取'],
    feeStandard: '不收费',
    feeBasis: '不收费',
    conditions: texts.conditions ?? ['本镇户籍居民'],
    materials: (texts.materials ?? ['申请表']).map((m) => ({
      name: m,
      form: '原件',
      copies: 1,
      medium: '纸质',
      source: '申请人自备',
      sharedExempt: false,
    })),
    process: [{ title: '受理', description: '窗口受理' }],
    reviewStandard: ['材料齐全'],
    appointment: '无需预约',
    consultation: '0533-0000000',
    supervision: '12345',
    visits: 1,
    location: '便民服务中心',
    hours: '工作日 9:00-17:00',
  });
}

const pension = item('城乡居民基本养老保险参保登记', {
  aliases: ['新农保', '居民养老保险'],
  materials: ['居民身份证', '居民户口簿'],
});
const pensionPay = item('养老保险待遇领取', { materials: ['居民身份证', '银行卡'] });
const dibao = item('最低生活保障审核确认', {
  aliases: ['低保', '低保审核', '吃低保'],
  materials: ['最低生活保障申请书', '居民身份证'],
});
const tekun = item('特困人员救助供养', { aliases: ['五保', '五保户'], materials: ['居民身份证'] });
const care = item('重度残疾人护理补贴', { aliases: ['护理补贴'], materials: ['残疾人证'] });
const elder = item('老年人优待证办理（60岁以上）', { aliases: ['老年证'], materials: ['2寸照片'] });
const catalog = [pension, pensionPay, dibao, tekun, care, elder];
const index = createSearchIndex(catalog);

const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.id);
const marked = (h: SearchHit): string[] => h.highlights.map(([s, e]) => h.matchedText.slice(s, e));

describe('match kinds', () => {
  it('finds a 汉字 substring of a name and marks it', () => {
    const hits = index.search('养老');
    expect(ids(hits)).toEqual([pensionPay.id, pension.id]);
    expect(hits.every((h) => h.field === 'name' && h.kind === 'hanzi')).toBe(true);
    expect(hits[1]!.highlights).toEqual([[6, 8]]);
  });

  it('reads full pinyin with or without spaces the same way', () => {
    const spaced = index.search('yanglao baoxian');
    const joined = index.search('yanglaobaoxian');
    expect(ids(spaced)).toEqual([pensionPay.id, pension.id]);
    expect(joined).toEqual(spaced);
    expect(joined[0]!.kind).toBe('pinyin');
    expect(marked(joined[1]!)).toEqual(['养老保险']);
  });

  it('reads an unfinished last syllable as typing in progress', () => {
    const hits = index.search('yanglaobao');
    expect(ids(hits)).toEqual([pensionPay.id, pension.id]);
    expect(marked(hits[0]!)).toEqual(['养老保']);
  });

  it('reads pinyin initials in names and aliases', () => {
    const ylbx = index.search('ylbx');
    expect(ids(ylbx)).toEqual([pensionPay.id, pension.id]);
    expect(ylbx[0]!.kind).toBe('initials');
    const dbsh = index.search('dbsh');
    expect(dbsh[0]).toMatchObject({
      id: dibao.id,
      field: 'alias',
      matchedText: '低保审核',
      kind: 'initials',
    });
  });

  it('reads 汉字 mixed with pinyin or initials', () => {
    const a = index.search('养老bx');
    expect(ids(a)).toEqual([pensionPay.id, pension.id]);
    expect(a[0]!.kind).toBe('mixed');
    expect(marked(a[1]!)).toEqual(['养老保险']);
    const b = index.search('di保');
    expect(b[0]).toMatchObject({ id: dibao.id, field: 'alias', matchedText: '低保', kind: 'mixed' });
  });

  it('finds items by 俗称 and old names', () => {
    expect(index.search('五保')[0]).toMatchObject({ id: tekun.id, field: 'alias', matchedText: '五保' });
    expect(index.search('xinnongbao')[0]).toMatchObject({ id: pension.id, field: 'alias', kind: 'pinyin' });
    expect(index.search('老年证')[0]).toMatchObject({ id: elder.id, field: 'alias' });
  });

  it('forgives one pinyin typo: a swap, a missing, extra or wrong letter', () => {
    for (const typo of ['yangloa', 'aynglao', 'yanglaoo', 'yamglao', 'yanglaobaoxain']) {
      const hits = index.search(typo);
      expect(ids(hits), typo).toEqual([pensionPay.id, pension.id]);
      expect(hits[0]!.kind, typo).toBe('typo');
    }
    expect(ids(index.search('yanlao'))).toEqual([pensionPay.id, pension.id]);
    expect(ids(index.search('canjirne'))).toEqual([care.id]);
    expect(marked(index.search('yangloa')[1]!)).toEqual(['养老']);
  });

  it('forgives no typo under four letters, nor two edits', () => {
    expect(index.search('dibo')[0]).toMatchObject({ id: dibao.id, kind: 'typo', matchedText: '低保' });
    expect(index.search('yag')).toEqual([]);
    expect(index.search('ygnloa')).toEqual([]);
  });

  it('prefers a right spelling anywhere over a near miss in a name', () => {
    const hits = index.search('yinhang');
    expect(hits[0]).toMatchObject({
      id: pensionPay.id,
      field: 'material',
      matchedText: '银行卡',
      kind: 'pinyin',
    });
    expect(hits.some((h) => h.kind === 'typo')).toBe(false);
  });

  it('reads polyphones in context (重度 zhong, 银行 hang)', () => {
    expect(index.search('zhongdu')[0]).toMatchObject({ id: care.id, field: 'name' });
    expect(index.search('zdcjr')[0]).toMatchObject({ id: care.id, field: 'name' });
    expect(index.search('yinhangka')[0]).toMatchObject({ id: pensionPay.id, matchedText: '银行卡' });
    expect(index.search('yinxingka')).toEqual([]);
  });

  it('ignores case, spaces, punctuation and full-width forms', () => {
    const plain = index.search('yanglao');
    for (const q of ['YangLao', ' yang-lao ', 'ｙａｎｇｌａｏ', 'yang，lao!'])
      expect(index.search(q)).toEqual(plain);
  });

  it('matches digits and text around punctuation in names', () => {
    const hits = index.search('60岁');
    expect(hits[0]).toMatchObject({ id: elder.id, field: 'name' });
    expect(hits[0]!.highlights).toEqual([[9, 12]]);
  });
});

describe('ranking', () => {
  it('ranks name over alias over material, with falling scores', () => {
    const byName = item('低保边缘家庭认定');
    const byAlias = item('最低生活保障审核确认', { aliases: ['低保'] });
    const byMaterial = item('临时救助', { materials: ['低保证明'] });
    const byCondition = item('医疗救助', { conditions: ['属于低保对象'] });
    const hits = createSearchIndex([byCondition, byMaterial, byAlias, byName]).search('低保');
    expect(hits.map((h) => [h.id, h.field])).toEqual([
      [byName.id, 'name'],
      [byAlias.id, 'alias'],
      [byMaterial.id, 'material'],
      [byCondition.id, 'condition'],
    ]);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('puts exact name matches, then prefix matches, before matches inside a name', () => {
    const inside = item('城乡临时救助审批');
    const prefix = item('临时救助金申请');
    const exact = item('临时救助');
    const hits = createSearchIndex([inside, prefix, exact]).search('临时救助');
    expect(ids(hits)).toEqual([exact.id, prefix.id, inside.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
  });

  it('breaks equal scores by shorter name, then by catalog order', () => {
    const long = item('城乡居民门诊救助申请');
    const first = item('城乡门诊救助');
    const second = item('城镇门诊救助');
    const hits = createSearchIndex([long, second, first]).search('门诊救助');
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
    expect(ids(hits)).toEqual([second.id, first.id, long.id]);
  });

  it('ranks a hanzi match above the same match spelled in pinyin or initials', () => {
    const [h] = index.search('养老保险');
    const [p] = index.search('yanglaobaoxian');
    const [i] = index.search('ylbx');
    expect(h!.score).toBeGreaterThan(p!.score);
    expect(p!.score).toBeGreaterThan(i!.score);
  });

  it('returns every item that shares a matching material, and respects the limit', () => {
    expect(ids(index.search('身份证')).sort()).toEqual(
      [pension.id, pensionPay.id, dibao.id, tekun.id].sort(),
    );
    expect(index.search('身份证', 2)).toHaveLength(2);
    expect(index.search('身份证', 0)).toEqual([]);
  });
});

describe('highlights', () => {
  it('index into the name for name hits', () => {
    const [hit] = index.search('cjr');
    expect(hit).toMatchObject({ field: 'name', matchedText: care.name });
    expect(hit!.highlights).toEqual([[2, 5]]);
    expect(marked(hit!)).toEqual(['残疾人']);
  });

  it('index into the alias or material that matched', () => {
    const [alias] = index.search('chidibao');
    expect(alias).toMatchObject({ field: 'alias', matchedText: '吃低保', highlights: [[0, 3]] });
    const [material] = createSearchIndex([pensionPay]).search('yhk');
    expect(material).toMatchObject({ field: 'material', matchedText: '银行卡', highlights: [[0, 3]] });
  });

  it('split around punctuation the query skipped', () => {
    const odd = item('养老保险（城乡居民）待遇');
    const [hit] = createSearchIndex([odd]).search('保险城乡');
    expect(hit!.highlights).toEqual([
      [2, 4],
      [5, 7],
    ]);
  });
});

describe('empty and garbage input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '     '],
    ['full-width spaces', '\u3000\u3000'],
    ['punctuation', '!!!，。？'],
    ['emoji', '😀🎉👍'],
    ['1000 letters', 'a'.repeat(1000)],
    ['1000 汉字', '养'.repeat(1000)],
    ['1000 mixed', '养老bx😀 '.repeat(200)],
    ['no such item', 'xyzxyzq'],
  ])('%s returns [] without throwing', (_label, q) => {
    expect(index.search(q)).toEqual([]);
  });

  it('never throws and keeps highlights inside the matched text, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (q) => {
        const hits = index.search(q);
        for (const h of hits) {
          for (const [s, e] of h.highlights) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(e).toBeGreaterThan(s);
            expect(e).toBeLessThanOrEqual(h.matchedText.length);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('indexes an empty catalog', () => {
    expect(createSearchIndex([]).search('养老')).toEqual([]);
  });
});

/**
 * What the search bench runs on: a synthetic catalog grown from the demo items the way real catalogs
 * vary them, and the queries villagers type, by kind. Shared by the search bench, its fresh-build child,
 * the sync and cold-start benches and the sync test.
 */
import type { ServiceItem } from '../src-main/contract/catalog.schema.js';
import { seededRandom } from '../tests/helpers/seeded-random.js';

export type QueryKind = 'hanzi' | 'pinyin' | 'initials' | 'mixed' | 'alias' | 'typo' | 'natural';

/** What villagers type, by kind (the items they aim at are in DOMAIN.md §3). */
export const BENCH_QUERIES: ReadonlyArray<readonly [QueryKind, string]> = [
  ['hanzi', '养老'],
  ['hanzi', '养老保险'],
  ['hanzi', '低保'],
  ['hanzi', '残疾人'],
  ['hanzi', '护理补贴'],
  ['hanzi', '宅基地'],
  ['hanzi', '生育登记'],
  ['hanzi', '身份证'],
  ['pinyin', 'yanglao'],
  ['pinyin', 'yanglao baoxian'],
  ['pinyin', 'yanglaobaoxian'],
  ['pinyin', 'dibao'],
  ['pinyin', 'canjiren'],
  ['pinyin', 'zhaijidi'],
  ['pinyin', 'shengyu dengji'],
  ['pinyin', 'gaoling jintie'],
  ['initials', 'ylbx'],
  ['initials', 'dbsh'],
  ['initials', 'cjrz'],
  ['initials', 'zjd'],
  ['initials', 'sydj'],
  ['initials', 'lsjz'],
  ['mixed', '养老bx'],
  ['mixed', 'di保'],
  ['mixed', '残疾r'],
  ['mixed', '医bao'],
  ['mixed', 'lin时救助'],
  ['mixed', '宅jd'],
  ['alias', '五保'],
  ['alias', '老年证'],
  ['alias', '新农保'],
  ['alias', '社保卡'],
  ['alias', '吃低保'],
  ['alias', '准生证'],
  ['typo', 'yangloa'],
  ['typo', 'yanlao'],
  ['typo', 'canjirne'],
  ['typo', 'dibaa'],
  ['typo', 'zhaijdi'],
  ['typo', 'shegnyu'],
  ['natural', '低保需要带什么材料'],
  ['natural', '社保卡补办要多久'],
  ['natural', '办残疾证带什么'],
  ['natural', '养老金怎么领'],
  ['natural', '农村建房要批吗'],
  ['natural', '媳妇生孩子登记'],
  ['natural', '老人去世了养老保险怎么办'],
  ['natural', '在外地住院怎么报销'],
  ['natural', '老板不给工资怎么办'],
  ['natural', '养劳金'],
];

const TOWNS = [
  '般阳路街道',
  '松龄路街道',
  '钟楼街道',
  '将军路街道',
  '城南镇',
  '西河镇',
  '龙泉镇',
  '岭子镇',
  '太河镇',
  '寨里镇',
  '罗村镇',
  '洪山镇',
  '双杨镇',
  '昆仑镇',
];
const VILLAGE_HEADS = [
  '东',
  '西',
  '南',
  '北',
  '上',
  '下',
  '前',
  '后',
  '大',
  '小',
  '王家',
  '李家',
  '张家',
  '孙家',
];
const VILLAGE_TAILS = ['河', '庄', '峪', '岭', '沟', '山', '泉', '店', '坡', '洼', '营', '坪'];
const SUFFIXES = ['', '变更', '注销', '补办', '延续', '新办', '（变更）', '（补办）'];

function pick<T>(list: readonly T[], rnd: () => number): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

/**
 * A catalog of `size` items: the demo items, then variants of them prefixed with a town or a village and
 * suffixed with 变更 / 注销 / 补办 ..., each with its own id, code, and a variant-specific application form.
 */
export function growCatalog(seed: readonly ServiceItem[], size: number): ServiceItem[] {
  if (seed.length === 0) throw new Error('benchmark needs at least one demo item');
  const rnd = seededRandom(size);
  const out: ServiceItem[] = seed.slice(0, size);
  for (let n = out.length; n < size; n++) {
    const base = seed[n % seed.length] as ServiceItem;
    const town = pick(TOWNS, rnd);
    const place = rnd() < 0.4 ? town : `${town}${pick(VILLAGE_HEADS, rnd)}${pick(VILLAGE_TAILS, rnd)}村`;
    const suffix = pick(SUFFIXES, rnd);
    const name = `${place}${base.name}${suffix}`;
    const form = { ...(base.materials[0] as ServiceItem['materials'][number]), name: `${name}申请表` };
    out.push({
      ...base,
      id: `${base.id.slice(0, 48)}-s${n}`,
      code: `370302-SYN-${String(n).padStart(6, '0')}`,
      name,
      aliases: rnd() < 0.7 ? base.aliases : [],
      materials: [form, ...base.materials.slice(1)],
    });
  }
  return out;
}

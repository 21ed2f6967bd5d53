/**
 * `kiosk search QUERY [--json] [--explain]`: the technician's check of the catalog search, with the same
 * index the kiosk uses. Prints the ranked top 10: a table, or with --json an array of
 * `{ id, code, name, score }`; --explain adds how the query was read (words, dropped words, expansions)
 * and each hit's word scores, so a hall can see which alias or thesaurus word is missing.
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { SearchField, SearchHit, WordVia } from '../../contract/search.types.js';
import type { CatalogSearchIndex, SearchExplanation } from '../../services/search/search.service.js';
import type { CliIo } from '../cli-io.js';

/** The catalog to search, with its index when the loader has one ready (read back from its snapshot). */
type Loaded = ServiceItem[] | { items: ServiceItem[]; index: CatalogSearchIndex };

const TOP = 10;

const USAGE =
  '用法：kiosk search 查询词 [--json] [--explain]\n' +
  '  查询词可以是汉字、拼音、拼音首字母、俗称或一句话，例如 kiosk search ylbx、kiosk search 低保要带什么\n' +
  '  --explain  显示分词、去掉的词、同义词和同音词扩展，以及每个结果的得分来源';

const VIA_LABELS: Record<WordVia, string> = {
  word: '原词',
  synonym: '同义',
  homophone: '同音',
  pinyin: '拼音',
  part: '词内',
};

const FIELD_LABELS: Record<SearchField, string> = {
  name: '名称',
  alias: '俗称',
  material: '材料',
  condition: '条件',
  result: '结果',
  faq: '问答',
  theme: '主题',
  department: '部门',
};

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/u;

/** Terminal columns taken by a string (CJK characters take two). */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** The matched text with its matched parts in 【】, as a terminal stand-in for <mark>. */
function marked(hit: SearchHit): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.highlights) {
    out += `${hit.matchedText.slice(at, start)}【${hit.matchedText.slice(start, end)}】`;
    at = end;
  }
  return out + hit.matchedText.slice(at);
}

function table(hits: SearchHit[]): string {
  const rows = [
    ['序号', '得分', '事项编码', '事项名称', '匹配'],
    ...hits.map((h, i) => [
      String(i + 1),
      String(h.score),
      h.code,
      h.name,
      `${FIELD_LABELS[h.field]}：${marked(h)}`,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => pad(cell, widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The reading of the query and each hit's word scores, as plain lines. */
function explanation(query: string, e: SearchExplanation): string {
  const u = e.understanding;
  const lines = [
    `查询：${query}`,
    `分词：${u.words.join(' / ') || '（无）'}`,
    `去掉：${u.dropped.join(' ') || '（无）'}`,
    '词义：',
    ...u.concepts.map(
      (c) =>
        `  ${c.query} → ${c.alternatives.map((a) => `${a.word}（${VIA_LABELS[a.via]} ×${a.factor.toFixed(2)}）`).join('、')}`,
    ),
  ];
  if (u.concepts.length === 0) lines.push('  （没有认出的词）');
  if (u.unknown.length > 0) lines.push(`未认出：${u.unknown.join(' ')}`);
  lines.push('结果：');
  if (e.hits.length === 0) lines.push('  （无）');
  e.hits.forEach((h, i) => {
    lines.push(`  ${i + 1}. ${h.name}（${h.code}）得分 ${h.score}${h.phrase ? '，整句匹配' : ''}`);
    if (h.phrase) lines.push(`     ${FIELD_LABELS[h.field]}：${marked(h)}`);
    for (const c of h.contributions)
      lines.push(
        `     ${c.query} → ${c.matched}（${VIA_LABELS[c.via]}，${FIELD_LABELS[c.field]}）${c.score}`,
      );
  });
  return lines.join('\n');
}

export async function searchCommand(
  args: string[],
  io: CliIo,
  loadItems: () => Promise<Loaded> | Loaded,
): Promise<number> {
  let json = false;
  let explain = false;
  const words: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--explain') explain = true;
    else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      io.err(`不认识的选项：${arg}\n${USAGE}`);
      return 2;
    } else words.push(arg);
  }
  const query = words.join(' ').trim();
  if (query === '') {
    io.err(`请输入要查找的内容。\n${USAGE}`);
    return 2;
  }

  let loaded: Loaded;
  try {
    loaded = await loadItems();
  } catch (error) {
    io.err(`无法读取事项目录：${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const items = Array.isArray(loaded) ? loaded : loaded.items;
  const index = Array.isArray(loaded)
    ? (await import('../../services/search/kiosk-search.js')).createKioskSearchIndex(items)
    : loaded.index;
  if (explain) {
    const e = index.explain(query, TOP);
    io.out(json ? JSON.stringify(e, null, 2) : explanation(query, e));
    return 0;
  }
  const hits = index.search(query, TOP);
  if (json) {
    io.out(
      JSON.stringify(
        hits.map(({ id, code, name, score }) => ({ id, code, name, score })),
        null,
        2,
      ),
    );
  } else if (hits.length === 0) {
    io.out(`没有找到与“${query}”相关的事项（共 ${items.length} 个事项）。`);
  } else {
    io.out(table(hits));
  }
  return 0;
}

/**
 * `kiosk search QUERY [--json]`: the technician's check of the catalog search, with the same index the
 * kiosk uses. Prints the ranked top 10: a table, or with --json an array of `{ id, code, name, score }`.
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import { createSearchIndex } from '../../services/search/search.service.js';
import type { SearchField, SearchHit } from '../../contract/search.types.js';
import type { CliIo } from '../cli-io.js';

const TOP = 10;

const USAGE =
  '用法：kiosk search 查询词 [--json]\n  查询词可以是汉字、拼音、拼音首字母或俗称，例如 kiosk search ylbx';

const FIELD_LABELS: Record<SearchField, string> = {
  name: '名称',
  alias: '俗称',
  material: '材料',
  condition: '条件',
  result: '结果',
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

export async function searchCommand(
  args: string[],
  io: CliIo,
  loadItems: () => Promise<ServiceItem[]> | ServiceItem[],
): Promise<number> {
  let json = false;
  const words: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
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

  let items: ServiceItem[];
  try {
    items = await loadItems();
  } catch (error) {
    io.err(`无法读取事项目录：${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  const hits = createSearchIndex(items).search(query, TOP);
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

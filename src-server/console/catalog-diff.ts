/**
 * The preview of a catalog upload: the same schema check as `catalog publish`, then what publishing it
 * would change against the live catalog — items added, changed (field by field) and removed — classified
 * exactly as the publisher classifies them (by the canonical JSON of each item).
 */
import { catalogSchema } from '../../src-protocol/catalog.schema.js';
import { canonicalJson } from '../../src-protocol/catalog-signature.js';
import { catalogProblems } from '../core/catalog-publish.js';
import type { DistrictStore } from '../store/district.store.js';
import type { CatalogFieldChange, CatalogPreviewAnswer } from './feedback-api.types.js';

/** Longest value text shown for one side of a field change. */
const SHOWN = 300;

const shown = (value: unknown): string => {
  if (value === undefined) return '（无）';
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
};

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): CatalogFieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: CatalogFieldChange[] = [];
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    if ((a === undefined ? '' : canonicalJson(a)) === (b === undefined ? '' : canonicalJson(b))) continue;
    out.push({ field: key, before: shown(a), after: shown(b) });
  }
  return out;
}

const nameOf = (item: Record<string, unknown>, id: string): string =>
  typeof item.name === 'string' ? item.name : id;

export async function previewCatalog(store: DistrictStore, data: unknown): Promise<CatalogPreviewAnswer> {
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: catalogProblems(data) };
  const catalog = parsed.data;
  const current = await store.currentCatalog();
  if (current && current.manifest.displayVersion === catalog.version)
    return {
      ok: false,
      problems: [{ field: 'version', message: `版本号 ${catalog.version} 已发布过，请改用新的版本号` }],
    };
  const before = new Map<string, Record<string, unknown>>();
  for (const row of await store.liveCatalogItems())
    if (row.body !== null) before.set(row.id, JSON.parse(row.body) as Record<string, unknown>);
  const added: { id: string; name: string }[] = [];
  const changed: { id: string; name: string; fields: CatalogFieldChange[] }[] = [];
  for (const item of catalog.items) {
    const body = JSON.parse(canonicalJson(item)) as Record<string, unknown>;
    const old = before.get(item.id);
    before.delete(item.id);
    if (old === undefined) added.push({ id: item.id, name: item.name });
    else if (canonicalJson(old) !== canonicalJson(body))
      changed.push({ id: item.id, name: item.name, fields: fieldChanges(old, body) });
  }
  return {
    ok: true,
    diff: {
      version: catalog.version,
      currentVersion: current?.manifest.displayVersion ?? null,
      added,
      changed,
      removed: [...before.entries()].map(([id, item]) => ({ id, name: nameOf(item, id) })),
    },
  };
}

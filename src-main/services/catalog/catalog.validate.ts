/** Validates a catalog file against the contract schema and names each bad item and field. */
import fs from 'node:fs';
import { catalogSchema, type Catalog } from '../../contract/catalog.schema.js';

export interface CatalogProblem {
  /** Index of the item in `items`, when the problem is inside an item. */
  itemIndex?: number;
  itemName?: string;
  /** Dotted path inside the item (or the catalog). */
  field: string;
  message: string;
}

export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] };

export function validateCatalog(data: unknown): CatalogValidation {
  const parsed = catalogSchema.safeParse(data);
  if (parsed.success) return { ok: true, catalog: parsed.data };
  const items = (data as { items?: unknown[] } | null)?.items;
  const problems = parsed.error.issues.map((issue): CatalogProblem => {
    const [head, index, ...rest] = issue.path;
    if (head === 'items' && typeof index === 'number') {
      const raw = Array.isArray(items) ? (items[index] as { name?: unknown } | undefined) : undefined;
      return {
        itemIndex: index,
        ...(typeof raw?.name === 'string' ? { itemName: raw.name } : {}),
        field: rest.join('.') || '(item)',
        message: issue.message,
      };
    }
    return { field: issue.path.join('.') || '(catalog)', message: issue.message };
  });
  return { ok: false, problems };
}

export function validateCatalogFile(file: string): CatalogValidation {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return {
      ok: false,
      problems: [{ field: '(file)', message: `无法读取或解析 JSON：${(error as Error).message}` }],
    };
  }
  return validateCatalog(data);
}

export function formatProblems(problems: CatalogProblem[]): string[] {
  return problems.map((p) =>
    p.itemIndex === undefined
      ? `${p.field}: ${p.message}`
      : `第 ${p.itemIndex + 1} 项${p.itemName ? `「${p.itemName}」` : ''} ${p.field}: ${p.message}`,
  );
}

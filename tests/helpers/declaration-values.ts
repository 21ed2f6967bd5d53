/** Values a demo item's declaration form accepts, built from its schema (required fields only). */
import type { CatalogService } from '../../src-main/services/catalog/catalog.service.js';

export const APPLICANT = { name: '韩红英', idNumber: '370302199001010029', phone: '13805331234' } as const;

/** Valid values for the demo's 城乡居民基本养老保险参保登记 form, built from its schema. */
export function validValues(catalog: CatalogService, itemId = 'pension-enroll'): Record<string, string> {
  const form = catalog.item(itemId).form!;
  const values: Record<string, string> = {};
  for (const f of form.fields) {
    if (f.type === 'group' || !f.required) continue;
    values[f.id] =
      f.prefill === 'name'
        ? '韩红英'
        : f.prefill === 'idNumber'
          ? '370302199001010029'
          : f.type === 'phone'
            ? '13805331234'
            : f.type === 'date'
              ? '1990-01-01'
              : f.type === 'choice'
                ? (f.options?.[0] ?? '')
                : f.type === 'number'
                  ? String(f.min ?? 1)
                  : f.type === 'idNumber'
                    ? '370302199001010029'
                    : f.type === 'name'
                      ? '韩红英'
                      : '昆仑镇昆仑村123号';
  }
  return values;
}

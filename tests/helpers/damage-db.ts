/** Damages a real SQLite file the way a torn write or a worn SD card does: whole pages overwritten. */
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** Page numbers of the b-trees named (tables and their indexes), from SQLite's dbstat table. */
export function pagesOf(
  file: string,
  names: string[],
  pagetype?: string,
): { pages: number[]; pageSize: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db
      .prepare<[], { name: string; pageno: number; pagetype: string }>(
        'SELECT name, pageno, pagetype FROM dbstat',
      )
      .all()
      .filter((r) => names.includes(r.name) && (pagetype === undefined || r.pagetype === pagetype))
      .map((r) => r.pageno)
      .sort((a, b) => a - b);
    return { pages, pageSize };
  } finally {
    db.close();
  }
}

export function overwritePages(file: string, pages: number[], pageSize: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    for (const page of pages)
      fs.writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, (page - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

/** The catalog's b-trees in the kiosk database: what the recovery may lose and rebuild. */
export const CATALOG_BTREES = [
  'catalog_meta',
  'catalog_items',
  'catalog_items_position',
  'sqlite_autoindex_catalog_items_1',
  'sqlite_autoindex_catalog_items_2',
];

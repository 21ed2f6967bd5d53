/**
 * A MaterialPageSink that keeps pages in the open citizen session's data, so they go when the session
 * does (SessionService clears its data at the end). It is what the kiosk wires while no other session page
 * store is given (KioskAppOptions.materialPages); it applies the case's limits: JPEG only, ≤ 400 KB a page,
 * ≤ 20 pages a session.
 */
import { randomUUID } from 'node:crypto';
import type { AddPageResult, MaterialPageSink, NewMaterialPage } from './material-page.js';

export const SESSION_PAGES_KEY = 'materials.pages';
export const SESSION_MAX_PAGES = 20;
export const PAGE_MAX_BYTES = 400 * 1024;

export interface SessionPage extends NewMaterialPage {
  pageId: string;
}

export function sessionPageSink(sessionData: () => Map<string, unknown> | undefined): MaterialPageSink {
  return {
    addPage(page: NewMaterialPage): AddPageResult {
      const data = sessionData();
      if (!data) return { added: false, reason: 'no-session' };
      const j = page.jpeg;
      if (j.length < 3 || j[0] !== 0xff || j[1] !== 0xd8 || j[2] !== 0xff)
        return { added: false, reason: 'not-jpeg' };
      if (j.length > PAGE_MAX_BYTES) return { added: false, reason: 'too-large' };
      const pages = (data.get(SESSION_PAGES_KEY) as SessionPage[] | undefined) ?? [];
      if (pages.length >= SESSION_MAX_PAGES) return { added: false, reason: 'too-many-pages' };
      const pageId = randomUUID();
      data.set(SESSION_PAGES_KEY, [...pages, { ...page, pageId }]);
      return { added: true, pageId };
    },
  };
}

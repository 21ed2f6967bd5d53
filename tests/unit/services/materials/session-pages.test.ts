/** The session's pages: 重拍 puts the new page where the old one was, and the old bytes are zeroed. */
import { describe, expect, it } from 'vitest';
import type { SessionEndReason } from '../../../../src-main/contract/types.js';
import { SessionPages, type PageSession } from '../../../../src-main/services/materials/session-pages.js';
import { MAX_PAGES_PER_CASE } from '../../../../src-main/services/materials/page-limits.js';

function fakeSession(): PageSession & { end(): void } {
  let data: Map<string, unknown> | undefined = new Map();
  const listeners: Array<(reason: SessionEndReason) => void> = [];
  return {
    data: () => data,
    onEnd: (listener) => {
      listeners.push(listener);
      return () => undefined;
    },
    end: () => {
      data = undefined;
      for (const l of listeners) l('exit');
    },
  };
}

/** A JPEG-looking buffer whose body is one marker byte. */
const jpeg = (marker: number): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, marker)]);
const page = (marker: number, materialName = '申请书'): Parameters<SessionPages['addPage']>[0] => ({
  materialName,
  source: 'camera',
  jpeg: jpeg(marker),
  width: 100,
  height: 141,
});

describe('SessionPages', () => {
  it('keeps pages in the order they were taken', () => {
    const pages = new SessionPages(fakeSession());
    for (const m of [1, 2, 3]) pages.addPage(page(m));
    expect(pages.list().map((p) => p.jpeg[10])).toEqual([1, 2, 3]);
  });

  it('重拍 puts the new page in the old page’s place, with a new id, and zeroes the old bytes', () => {
    const pages = new SessionPages(fakeSession());
    const ids = [1, 2, 3].map((m) => {
      const r = pages.addPage(page(m));
      if (!r.added) throw new Error('not added');
      return r.pageId;
    });
    const old = pages.get(ids[1]!)!.jpeg;
    const retaken = pages.addPage(page(9), ids[1]);
    expect(retaken.added).toBe(true);
    if (!retaken.added) return;
    expect(retaken.pageId).not.toBe(ids[1]);
    expect(pages.list().map((p) => p.pageId)).toEqual([ids[0], retaken.pageId, ids[2]]);
    expect(pages.list().map((p) => p.jpeg[10])).toEqual([1, 9, 3]);
    expect(pages.get(ids[1]!)).toBeUndefined();
    expect(old.every((b) => b === 0)).toBe(true);
  });

  it('重拍 of the first and last pages keeps them first and last', () => {
    const pages = new SessionPages(fakeSession());
    const ids = [1, 2].map((m) => (pages.addPage(page(m)) as { pageId: string }).pageId);
    const first = pages.addPage(page(7), ids[0]) as { pageId: string };
    const last = pages.addPage(page(8), ids[1]) as { pageId: string };
    expect(pages.list().map((p) => p.pageId)).toEqual([first.pageId, last.pageId]);
  });

  it('重拍 is allowed at the page limit, since it adds no page', () => {
    const pages = new SessionPages(fakeSession());
    const ids: string[] = [];
    for (let i = 0; i < MAX_PAGES_PER_CASE; i++)
      ids.push((pages.addPage(page(i + 1)) as { pageId: string }).pageId);
    expect(pages.addPage(page(99))).toEqual({ added: false, reason: 'too-many-pages' });
    expect(pages.addPage(page(99), ids[5]).added).toBe(true);
    expect(pages.list()).toHaveLength(MAX_PAGES_PER_CASE);
    expect(pages.list()[5]?.jpeg[10]).toBe(99);
  });

  it('refuses to retake a page that is gone, and adds nothing', () => {
    const pages = new SessionPages(fakeSession());
    const r = pages.addPage(page(1)) as { pageId: string };
    pages.remove(r.pageId);
    expect(pages.addPage(page(2), r.pageId)).toEqual({ added: false, reason: 'no-such-page' });
    expect(pages.list()).toHaveLength(0);
  });

  it('zeroes every page when the session ends', () => {
    const session = fakeSession();
    const pages = new SessionPages(session);
    pages.addPage(page(5));
    const bytes = pages.list()[0]!.jpeg;
    session.end();
    expect(bytes.every((b) => b === 0)).toBe(true);
  });
});

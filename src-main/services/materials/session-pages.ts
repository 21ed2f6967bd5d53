/**
 * The pages of the open citizen session: the one MaterialPageSink. Pages live in the session's scratch
 * data (SessionService.data()), so they go when the session ends; their bytes are also zeroed then, so
 * no copy lingers in memory until the garbage collector comes. Nothing here logs or writes a page.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { SessionEndReason } from '../../contract/types.js';
import type {
  AddPageResult,
  MaterialPageSink,
  MaterialPageSource,
  NewMaterialPage,
} from './material-page.js';
import { looksLikeJpeg, MAX_PAGE_BYTES, MAX_PAGES_PER_CASE } from './page-limits.js';

/** A page held for the session. */
export interface SessionPage {
  pageId: string;
  materialName: string;
  source: MaterialPageSource;
  jpeg: Buffer;
  width: number;
  height: number;
  /** sha256 hex of the JPEG: the page's name on the wire. */
  sha256: string;
  addedAt: number;
}

/** What the session's pages need of the session service. */
export interface PageSession {
  data(): Map<string, unknown> | undefined;
  onEnd(listener: (reason: SessionEndReason) => void): () => void;
}

const KEY = 'materials.pages';

export class SessionPages implements MaterialPageSink {
  /** Every buffer handed to a session map, zeroed when its session ends. */
  private readonly live = new Set<Buffer>();

  constructor(
    private readonly session: PageSession,
    private readonly now: () => number = Date.now,
  ) {
    session.onEnd(() => this.wipe());
  }

  /**
   * A new page, last; or, with `replaces` naming a page of this session (重拍), in that page's place:
   * the old page is dropped and the new one takes its position, with a new id.
   */
  addPage(page: NewMaterialPage, replaces?: string): AddPageResult {
    const pages = this.pages(true);
    if (!pages) return { added: false, reason: 'no-session' };
    if (!looksLikeJpeg(page.jpeg)) return { added: false, reason: 'not-jpeg' };
    if (page.jpeg.length > MAX_PAGE_BYTES) return { added: false, reason: 'too-large' };
    const replaced = replaces === undefined ? undefined : pages.get(replaces);
    if (replaces !== undefined && !replaced) return { added: false, reason: 'no-such-page' };
    if (!replaced && pages.size >= MAX_PAGES_PER_CASE) return { added: false, reason: 'too-many-pages' };
    const jpeg = Buffer.from(page.jpeg); // our own copy: the producer's buffer is not ours to wipe
    this.live.add(jpeg);
    const pageId = randomUUID();
    const entry: SessionPage = {
      pageId,
      materialName: page.materialName,
      source: page.source,
      jpeg,
      width: page.width,
      height: page.height,
      sha256: createHash('sha256').update(jpeg).digest('hex'),
      addedAt: this.now(),
    };
    if (!replaced) {
      pages.set(pageId, entry);
      return { added: true, pageId };
    }
    // A Map keeps insertion order: rebuild it with the new page where the old one was.
    const order = [...pages.values()].map((p) => (p === replaced ? entry : p));
    pages.clear();
    for (const p of order) pages.set(p.pageId, p);
    this.forget(replaced.jpeg);
    return { added: true, pageId };
  }

  /** The session's pages in the order they were added. */
  list(): SessionPage[] {
    return [...(this.pages(false)?.values() ?? [])];
  }

  get(pageId: string): SessionPage | undefined {
    return this.pages(false)?.get(pageId);
  }

  /** The page's bytes replaced (旋转); false when the page is gone. */
  replace(pageId: string, image: { jpeg: Buffer; width: number; height: number }): boolean {
    const page = this.get(pageId);
    if (!page || image.jpeg.length > MAX_PAGE_BYTES) return false;
    this.forget(page.jpeg);
    this.live.add(image.jpeg);
    page.jpeg = image.jpeg;
    page.width = image.width;
    page.height = image.height;
    page.sha256 = createHash('sha256').update(image.jpeg).digest('hex');
    return true;
  }

  remove(pageId: string): boolean {
    const pages = this.pages(false);
    const page = pages?.get(pageId);
    if (!pages || !page) return false;
    pages.delete(pageId);
    this.forget(page.jpeg);
    return true;
  }

  /** Every page of a material dropped (到窗口再交 after taking photos). */
  removeMaterial(materialName: string): number {
    let n = 0;
    for (const page of this.list()) if (page.materialName === materialName && this.remove(page.pageId)) n++;
    return n;
  }

  /**
   * Hands the pages over (to be sealed in the outbox with the declaration) and empties the session.
   * The caller zeroes nothing: the buffers are zeroed by `release` once they are sealed.
   */
  take(): SessionPage[] {
    const pages = this.pages(false);
    if (!pages) return [];
    const taken = [...pages.values()];
    pages.clear();
    return taken;
  }

  /** Pages taken and sealed: their plain bytes are no longer needed anywhere. */
  release(pages: readonly SessionPage[]): void {
    for (const page of pages) this.forget(page.jpeg);
  }

  private forget(jpeg: Buffer): void {
    jpeg.fill(0);
    this.live.delete(jpeg);
  }

  private wipe(): void {
    for (const jpeg of this.live) jpeg.fill(0);
    this.live.clear();
  }

  private pages(create: boolean): Map<string, SessionPage> | undefined {
    const data = this.session.data();
    if (!data) return undefined;
    let pages = data.get(KEY) as Map<string, SessionPage> | undefined;
    if (!pages && create) {
      pages = new Map();
      data.set(KEY, pages);
    }
    return pages;
  }
}

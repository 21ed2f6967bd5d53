/**
 * 材料采集 at the kiosk: a frame from the camera becomes a page of the session (cropped, fitted to A4 at
 * about 200 dpi, at most 400 KB), and the citizen can turn or delete it. Pages never reach a log: only
 * counts and ids are logged.
 */
import { ConflictError, InputError, NotFoundError } from '../../contract/errors.js';
import type { MaterialPageInfo } from '../../contract/materials.types.js';
import type { Logger } from '../../log/logger.js';
import { MAX_PAGES_PER_CASE } from './page-limits.js';
import { pageFromFrame, turnPage } from './page-image.js';
import type { SessionPage, SessionPages } from './session-pages.js';

const NO_SESSION = '本次服务已结束，请重新开始。';
const TOO_MANY = `每次申报最多 ${MAX_PAGES_PER_CASE} 页材料，请把其余材料带到窗口。`;

export interface MaterialsServiceDeps {
  pages: SessionPages;
  /** The materials of the item being declared, by name: only those may get pages. */
  log: Logger;
}

function info(page: SessionPage): MaterialPageInfo {
  return {
    pageId: page.pageId,
    materialName: page.materialName,
    source: page.source,
    width: page.width,
    height: page.height,
    bytes: page.jpeg.length,
  };
}

export class MaterialsService {
  constructor(private readonly deps: MaterialsServiceDeps) {}

  list(): MaterialPageInfo[] {
    return this.deps.pages.list().map(info);
  }

  /** 拍照 (a new page, last) or 重拍 (`replaces`: the new page takes that page's place). */
  async capture(materialName: string, frame: Buffer, replaces?: string): Promise<MaterialPageInfo> {
    if (replaces !== undefined) this.page(replaces);
    else if (this.deps.pages.list().length >= MAX_PAGES_PER_CASE)
      throw new ConflictError('page limit reached', TOO_MANY);
    const image = await pageFromFrame(frame);
    const result = this.deps.pages.addPage(
      {
        materialName,
        source: 'camera',
        jpeg: image.jpeg,
        width: image.width,
        height: image.height,
      },
      replaces,
    );
    image.jpeg.fill(0); // the session holds its own copy
    if (!result.added) {
      if (result.reason === 'no-session') throw new ConflictError('capture without a session', NO_SESSION);
      if (result.reason === 'too-many-pages') throw new ConflictError('page limit reached', TOO_MANY);
      if (result.reason === 'no-such-page') throw new NotFoundError('retaken page gone', '这一页已删除。');
      throw new InputError(`page refused: ${result.reason}`, 'frame', '这张照片无法处理，请重拍。');
    }
    this.deps.log.info({ pages: this.deps.pages.list().length }, 'material page captured');
    return info(this.page(result.pageId));
  }

  async turn(pageId: string): Promise<MaterialPageInfo> {
    const page = this.page(pageId);
    const turned = await turnPage(page.jpeg);
    if (!this.deps.pages.replace(pageId, turned)) throw new NotFoundError('page gone', '这一页已删除。');
    return info(this.page(pageId));
  }

  remove(pageId: string): MaterialPageInfo[] {
    this.deps.pages.remove(pageId);
    return this.list();
  }

  /** 到窗口再交: the material's pages taken so far are dropped. */
  atWindow(materialName: string): MaterialPageInfo[] {
    this.deps.pages.removeMaterial(materialName);
    return this.list();
  }

  /** The page's JPEG, for the thumbnail on this session's screen. */
  jpeg(pageId: string): Buffer {
    return this.page(pageId).jpeg;
  }

  private page(pageId: string): SessionPage {
    const page = this.deps.pages.get(pageId);
    if (!page) throw new NotFoundError('no such page in this session', '这一页已不在本次服务中，请重拍。');
    return page;
  }
}

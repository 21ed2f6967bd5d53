/**
 * The session's pages as a declaration takes them: a manifest in the payload (page number, material,
 * hash, size) so the district knows how many pages make the case complete, the sealed pages written in
 * the declaration's own transaction, and the plain bytes wiped once that transaction committed.
 */
import type { DeclarationPages } from '../declaration/declaration.service.js';
import type { AttachmentsRepository } from '../../store/attachments.repository.js';
import type { SessionPages } from './session-pages.js';

export function declarationPages(pages: SessionPages, attachments: AttachmentsRepository): DeclarationPages {
  return {
    manifest: () =>
      pages.list().map((page, i) => ({
        pageNo: i + 1,
        materialName: page.materialName,
        sha256: page.sha256,
        size: page.jpeg.length,
        width: page.width,
        height: page.height,
      })),
    seal: (rowId, now) =>
      attachments.add(
        rowId,
        pages.list().map((page, i) => ({
          pageNo: i + 1,
          materialName: page.materialName,
          sha256: page.sha256,
          width: page.width,
          height: page.height,
          jpeg: page.jpeg,
        })),
        now,
      ),
    sealed: () => pages.release(pages.take()),
  };
}

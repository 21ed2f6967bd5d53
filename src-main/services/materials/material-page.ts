/**
 * A page of a paper material captured for a declaration in the open citizen session. Pages are personal
 * data: they live in the session's memory until the declaration is submitted (then sealed in the outbox)
 * or the session ends (then wiped). Whoever produces pages — the kiosk camera or a phone upload — hands
 * them to a MaterialPageSink; nothing else keeps a copy.
 */
export type MaterialPageSource = 'camera' | 'phone';

export interface NewMaterialPage {
  /** The catalog material this page belongs to (its name within the item, as in ServiceItem.materials). */
  materialName: string;
  source: MaterialPageSource;
  /** JPEG bytes, already cropped, straightened and size-limited by the producer. */
  jpeg: Uint8Array;
  width: number;
  height: number;
}

export type AddPageResult =
  | { added: true; pageId: string }
  | { added: false; reason: 'no-session' | 'too-many-pages' | 'too-large' | 'not-jpeg' | 'no-such-page' };

export interface MaterialPageSink {
  /** `replaces`: the id of a page of this session the new page takes the place of (重拍). */
  addPage(page: NewMaterialPage, replaces?: string): AddPageResult;
}

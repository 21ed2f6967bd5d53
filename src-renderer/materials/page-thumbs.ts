/**
 * Thumbnails of the session's pages: each page's JPEG comes from main once and is shown through an
 * object URL, revoked as soon as the page is deleted or turned, when the panel goes, and when the
 * session ends (which unmounts the screen tree). No page bytes are kept in the DOM.
 */
import { useEffect, useRef, useState } from 'react';
import type { MaterialPageInfo } from '../../src-main/contract/materials.types.js';
import { unwrap, type KioskBridge } from '../api/client.js';

/** Page id + its bytes' identity (a turned page gets new bytes, so a new URL). */
const keyOf = (page: MaterialPageInfo): string => `${page.pageId}:${page.bytes}:${page.width}`;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function usePageThumbs(bridge: KioskBridge, pages: readonly MaterialPageInfo[]): Map<string, string> {
  const urls = useRef(new Map<string, string>());
  const [, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const wanted = new Set(pages.map(keyOf));
    for (const [key, url] of urls.current)
      if (!wanted.has(key)) {
        URL.revokeObjectURL(url);
        urls.current.delete(key);
      }
    for (const page of pages) {
      const key = keyOf(page);
      if (urls.current.has(key)) continue;
      // A page that cannot be read keeps its placeholder.
      void unwrap(bridge.api.materials.page({ pageId: page.pageId })).then(
        (value) => {
          if (!live || urls.current.has(key)) return;
          const bytes = bytesOf(value.jpeg);
          urls.current.set(key, URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' })));
          bytes.fill(0);
          setVersion((v) => v + 1);
        },
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [bridge, pages]);

  useEffect(() => {
    const held = urls.current;
    return () => {
      for (const url of held.values()) URL.revokeObjectURL(url);
      held.clear();
    };
  }, []);

  const byPage = new Map<string, string>();
  for (const page of pages) {
    const url = urls.current.get(keyOf(page));
    if (url) byPage.set(page.pageId, url);
  }
  return byPage;
}

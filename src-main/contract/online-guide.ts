/** The online guide's address for an item: the same on screen, on paper and in the QR codes. */
export function onlineGuideUrl(base: string, code: string): string {
  return base + encodeURIComponent(code);
}

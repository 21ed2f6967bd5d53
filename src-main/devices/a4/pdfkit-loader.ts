/**
 * pdfkit (with fontkit and its tables) is the heaviest module the kiosk loads: it is imported when the
 * first A4 document is made, not at start, so the home screen does not wait for it.
 */
import type PDFKit from 'pdfkit';

let loading: Promise<typeof PDFKit> | undefined;

export function loadPdfKit(): Promise<typeof PDFKit> {
  loading ??= import('pdfkit').then((m) => m.default);
  return loading;
}

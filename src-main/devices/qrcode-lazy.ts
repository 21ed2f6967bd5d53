/** qrcode, required at the first QR code drawn rather than with the kiosk's core (a start draws none). */
import { createRequire } from 'node:module';
import type * as QRCodeModule from 'qrcode';

const require = createRequire(import.meta.url);
let loaded: typeof QRCodeModule | undefined;

export function qrcode(): typeof QRCodeModule {
  loaded ??= require('qrcode') as typeof QRCodeModule;
  return loaded;
}

/**
 * The headers every response of the renderer carries, on both shells: the web shell sends them with
 * each HTTP answer, the Electron shell with each answer of its `app://` protocol. Plain data, no Node.
 */

/**
 * Scripts, styles, images, fonts and connections from the app itself only; no plugins, frames or forms.
 * Images also from `blob:`: pages of the session's materials are shown from in-memory object URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Browser features: camera and microphone for the app itself only (a later feature may photograph a
 * document or take speech); everything else a kiosk page has no use for is denied.
 */
export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=(self)',
  'fullscreen=(self)',
  'geolocation=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'bluetooth=()',
  'payment=()',
  'display-capture=()',
  'midi=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'idle-detection=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
].join(', ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Permissions-Policy': PERMISSIONS_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

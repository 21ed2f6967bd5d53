/** Serves the built renderer: fixed content types, no directory listing, no path escape. */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * Whether a URL path can name a file at all: it percent-decodes, and holds no NUL or other control
 * character and no backslash. Anything else is answered 400 before the disk is asked.
 */
export function wellFormedPath(urlPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u001f\u007f\\]/.test(decoded);
}

/**
 * The file under `root` a URL path names (`/` is index.html), or null when the path is malformed or
 * leaves the folder. Shared by the web shell and the Electron shell's `app://` protocol.
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  if (!wellFormedPath(urlPath)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath === '/' || urlPath === '' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + rel);
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

export function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  headers: Readonly<Record<string, string>>,
): void {
  const file = resolveStatic(root, urlPath);
  if (!file) {
    res.writeHead(403, headers).end();
    return;
  }
  fs.readFile(file, (error, body) => {
    if (error) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res
      .writeHead(200, { ...headers, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-store' })
      .end(body);
  });
}

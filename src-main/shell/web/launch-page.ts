/**
 * The page a browser started by the kiosk opens first: a file in the data folder (the folder 0700, the
 * file 0600) that sends the browser on to its launch URL. The one-time code so never stands on the
 * browser's command line, which every user of the machine can read in /proc/<pid>/cmdline while the
 * browser takes a second to start (and take the session first with it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { keepFolderPrivate } from '../../../src-protocol/private-files.js';

export const LAUNCH_PAGE_FILE = 'browser-launch.html';

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes the page that opens `launchUrl` (replacing the last one) and returns its file:// address. */
export function writeLaunchPage(dataDir: string, launchUrl: string): string {
  keepFolderPrivate(dataDir);
  const file = path.join(dataDir, LAUNCH_PAGE_FILE);
  const to = escapeAttribute(launchUrl);
  const html =
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<meta http-equiv="refresh" content="0;url=${to}"><title>便民服务自助终端</title></head>` +
    '<body style="background:#fff"></body></html>\n';
  // Whole or absent when the browser reads it, and never readable by another user.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, html, { mode: 0o600 });
  fs.renameSync(tmp, file);
  return pathToFileURL(file).href;
}

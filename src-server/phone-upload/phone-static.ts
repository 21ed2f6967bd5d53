/**
 * Serves the built phone page (dist/phone, made by `npm run build:phone`) under /phone/: index.html for
 * the page (its link's token is in the fragment, which never reaches a server), hashed assets with
 * long-lived caching, and a strict Content-Security-Policy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendStaticFile } from '../routes/static-file.js';

const CSP =
  "default-src 'self'; img-src 'self' blob:; style-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function defaultPhoneDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'phone');
}

const sendFile = (reply: FastifyReply, file: string, cache: string): FastifyReply =>
  sendStaticFile(reply, file, cache, CSP);

export function registerPhoneStatic(app: FastifyInstance, dir: string): void {
  const index = path.join(dir, 'index.html');
  app.get('/phone', (_request, reply) => reply.redirect('/phone/'));
  app.get('/phone/', (_request, reply) => {
    if (!fs.existsSync(index))
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('上传页面尚未构建：请先运行 npm run build');
    return sendFile(reply, index, 'no-store');
  });
  app.get('/phone/assets/*', (request, reply) => {
    const rest = (request.params as { '*': string })['*'];
    const assets = path.join(dir, 'assets');
    const file = path.resolve(assets, rest);
    if (file.startsWith(assets + path.sep) && fs.existsSync(file))
      return sendFile(reply, file, 'public, max-age=31536000, immutable');
    return reply.code(404).send({ error: { code: 'NOT_FOUND', message: '没有这个文件' } });
  });
}

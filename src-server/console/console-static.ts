/**
 * Serves the built console (dist/console, made by `npm run build:console`) under /console/: its files
 * with long-lived caching for hashed assets, index.html for every other page path (the app routes itself),
 * and a strict Content-Security-Policy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendStaticFile } from '../routes/static-file.js';

const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export function defaultConsoleDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'console');
}

const sendFile = (reply: FastifyReply, file: string, cache: string): FastifyReply =>
  sendStaticFile(reply, file, cache, CSP);

export function registerConsoleStatic(app: FastifyInstance, dir: string): void {
  const index = path.join(dir, 'index.html');
  const page = (reply: FastifyReply): FastifyReply => {
    if (!fs.existsSync(index))
      return reply.code(503).type('text/plain; charset=utf-8').send('管理台尚未构建：请先运行 npm run build');
    return sendFile(reply, index, 'no-store');
  };
  app.get('/console', (_request, reply) => reply.redirect('/console/'));
  app.get('/console/', (_request, reply) => page(reply));
  app.get('/console/*', (request, reply) => {
    const rest = (request.params as { '*': string })['*'];
    if (rest.startsWith('api/'))
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: '没有这个接口' } });
    if (rest.startsWith('assets/')) {
      const file = path.resolve(dir, rest);
      if (file.startsWith(path.join(dir, 'assets') + path.sep) && fs.existsSync(file))
        return sendFile(reply, file, 'public, max-age=31536000, immutable');
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: '没有这个文件' } });
    }
    return page(reply);
  });
}

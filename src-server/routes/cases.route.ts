/** `GET /v1/cases?numbers=a,b,c`: statuses and history of the asking device's own cases. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  MAX_CASE_NUMBERS,
  caseNumberSchema,
  type CasesAnswer,
} from '../../src-main/district/protocol.types.js';
import { authenticate } from './auth.js';
import { parseOrInvalid } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';

const querySchema = z.object({
  numbers: z
    .string({ message: '缺少受理编号' })
    .transform((s) =>
      s
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n.length > 0),
    )
    .pipe(
      z
        .array(caseNumberSchema)
        .min(1, '缺少受理编号')
        .max(MAX_CASE_NUMBERS, `一次最多查询 ${MAX_CASE_NUMBERS} 个受理编号`),
    ),
});

export function registerCasesRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/v1/cases', async (request) => {
    const device = await authenticate(request, deps.store);
    const { numbers } = parseOrInvalid(querySchema, request.query, '查询参数');
    const answer: CasesAnswer = { cases: await deps.store.casesForDevice(device.id, numbers) };
    return answer;
  });
}

/**
 * `GET /v1/cases?numbers=a,b,c`: statuses and history of the asking device's own cases.
 * `POST /v1/cases/lookup`: a person's declarations, by ID number (those handed in at the asking device's
 * hall) or by case number + the ID's last four characters (a case of the asking hall, or of any hall when
 * the number carries its check part, printed on the receipt only); a wrong number, wrong digits and another
 * hall's case all give an empty list. Every lookup counts against the device's and the target's limits.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  MAX_CASE_NUMBERS,
  MAX_LOOKUP_CASES,
  caseLookupRequestSchema,
  caseNumberSchema,
  type CaseLookupAnswer,
  type CasesAnswer,
} from '../../src-protocol/index.js';
import { baseNumber, hasCheckPart } from '../core/case-number.js';
import { personKey } from '../core/person-key.js';
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

  app.post('/v1/cases/lookup', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const body = parseOrInvalid(caseLookupRequestSchema, request.body, '查询条件');
    let answer: CaseLookupAnswer;
    if ('idNumber' in body) {
      const person = personKey(body.idNumber);
      await deps.guardGuess(request, reply, device, `person:${person}`, null);
      answer = { cases: await deps.store.casesForPerson(person, MAX_LOOKUP_CASES, device.hallCode) };
    } else {
      const base = baseNumber(body.caseNumber);
      await deps.guardGuess(request, reply, device, `case:${base}`, base);
      const anyHall = hasCheckPart(body.caseNumber);
      const found = await deps.store.caseForHolder(
        body.caseNumber,
        body.idLast4,
        anyHall ? null : device.hallCode,
      );
      answer = { cases: found ? [found] : [] };
    }
    // Never the ID number or its digits.
    request.log.info(
      {
        deviceId: device.id,
        hall: device.hallCode,
        by: 'idNumber' in body ? 'card' : 'number',
        found: answer.cases.length,
      },
      'case lookup',
    );
    return answer;
  });
}

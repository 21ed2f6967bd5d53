/**
 * `POST /v1/complaints/lookup`: the status and reply of a 投诉建议 of the asking device's hall, found by the
 * slip's tracking number or the district's number. Every lookup counts against the device's guessing
 * limits; the answer never carries the complaint's text or phone, and the log names neither the number's
 * holder nor what they wrote.
 */
import type { FastifyInstance } from 'fastify';
import {
  complaintLookupRequestSchema,
  type ComplaintLookupAnswer,
} from '../../src-protocol/complaint-reply.js';
import { ComplaintsService } from '../console/complaints.service.js';
import { storeSql } from '../store/store-sql.js';
import { authenticate } from './auth.js';
import { parseOrInvalid } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';

export function registerComplaintReplyRoute(app: FastifyInstance, deps: RouteDeps): void {
  const complaints = new ComplaintsService(storeSql(deps.store), deps.now);
  app.post('/v1/complaints/lookup', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const { number } = parseOrInvalid(complaintLookupRequestSchema, request.body, '查询条件');
    await deps.guardGuess(request, reply, device, `complaint:${device.hallCode}:${number}`, number);
    const answer: ComplaintLookupAnswer = { complaints: await complaints.forKiosk(device.hallCode, number) };
    request.log.info(
      { deviceId: device.id, hall: device.hallCode, found: answer.complaints.length },
      'complaint lookup',
    );
    return answer;
  });
}

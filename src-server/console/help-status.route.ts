/**
 * `GET /v1/help/:callId?wait=N`: a kiosk asks how its help call stands — open, accepted (接单 in the
 * console: the kiosk tells the citizen 工作人员马上到) or closed. With `wait` (at most
 * HELP_WAIT_MAX_SECONDS), an open call's answer is held until its state changes or the wait is over, so
 * the kiosk learns of the acceptance within a poll interval without asking every second.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HELP_WAIT_MAX_SECONDS, type HelpStatusAnswer } from '../../src-protocol/index.js';
import { authenticate } from '../routes/auth.js';
import { HttpError, parseOrInvalid } from '../routes/http-errors.js';
import type { DistrictStore } from '../store/district.store.js';
import type { HelpCallsService } from './help-calls.service.js';

const paramsSchema = z.object({
  callId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, '呼叫编号格式不对'),
});
const querySchema = z.object({
  wait: z.coerce
    .number({ message: '等待时间应为数字' })
    .int('等待时间应为整数')
    .min(0, `等待时间应为 0 到 ${HELP_WAIT_MAX_SECONDS} 秒`)
    .max(HELP_WAIT_MAX_SECONDS, `等待时间应为 0 到 ${HELP_WAIT_MAX_SECONDS} 秒`)
    .optional(),
});

export function registerHelpStatusRoute(
  app: FastifyInstance,
  deps: { store: DistrictStore; help: HelpCallsService; pollMs?: number },
): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.get('/v1/help/:callId', async (request) => {
    const device = await authenticate(request, deps.store);
    const { callId } = parseOrInvalid(paramsSchema, request.params, '呼叫编号');
    const { wait = 0 } = parseOrInvalid(querySchema, request.query, '查询参数');
    const deadline = Date.now() + wait * 1000;
    let gone = false;
    request.raw.once('close', () => (gone = true));
    for (;;) {
      const call = await deps.help.forDevice(device.id, callId);
      if (!call) throw new HttpError(404, 'NOT_FOUND', '没有这次呼叫');
      if (call.state !== 'open' || Date.now() >= deadline || gone || closing) {
        const answer: HelpStatusAnswer = { callId, state: call.state, acceptedAt: call.acceptedAt };
        return answer;
      }
      await new Promise((resolve) => setTimeout(resolve, deps.pollMs ?? 300));
    }
  });
}

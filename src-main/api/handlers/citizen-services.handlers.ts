/**
 * The citizen services beside the guide and the declaration: 进度查询 (`progress.*`), 预约办理
 * (`appointment.*`), 好差评 (`rating.*`), 投诉建议 (`complaint.*`) and 呼叫工作人员 (`help.*`). What they
 * queue is sent by the sync, which the outbox kicks (createKioskSync).
 */
import type { AppointmentService } from '../../services/appointment/appointment.service.js';
import type { ComplaintReplyService } from '../../services/complaint/complaint-reply.service.js';
import type { ComplaintService } from '../../services/complaint/complaint.service.js';
import type { HelpService } from '../../services/help/help.service.js';
import type { ProgressService } from '../../services/progress/progress.service.js';
import type { RatingService } from '../../services/rating/rating.service.js';
import type { AreaHandlers } from './handler-types.js';

export interface CitizenServiceHandlerDeps {
  progress: ProgressService;
  appointments: AppointmentService;
  ratings: RatingService;
  complaints: ComplaintService;
  complaintReplies: ComplaintReplyService;
  help: HelpService;
}

export function citizenServiceHandlers(
  deps: CitizenServiceHandlerDeps,
): AreaHandlers<'progress' | 'appointment' | 'rating' | 'complaint' | 'help'> {
  const { progress, appointments, ratings, complaints, complaintReplies, help } = deps;
  return {
    'progress.query': ({ number, idLast4 }) => progress.query(number, idLast4),
    'progress.byCard': () => progress.byCard(),
    'appointment.slots': ({ itemId }) => appointments.slots(itemId),
    'appointment.book': (input) => appointments.book(input),
    'appointment.cancel': ({ appointmentNumber, idLast4 }) => appointments.cancel(appointmentNumber, idLast4),
    'rating.submit': (input) => ratings.submit(input),
    'complaint.submit': (input) => complaints.submit(input),
    'complaint.reply': ({ number }) => complaintReplies.lookup(number),
    'help.call': ({ screen }) => help.call(screen),
    'help.cancel': ({ callId }) => help.cancel(callId),
  };
}

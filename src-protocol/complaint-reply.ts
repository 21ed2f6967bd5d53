/**
 * `POST /v1/complaints/lookup`: a citizen types the number on a 投诉建议 slip at a kiosk and reads how it
 * stands and the hall's reply. Pure: zod only, shared by the server's route and the kiosk's client.
 */
import { z } from 'zod';

/** The slip's tracking number (the kiosk's own) or the district's number of the complaint. */
export const complaintNumberSchema = z
  .string({ message: '请输入回执上的查询编号' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_-]{6,64}$/, '查询编号应为回执上的字母和数字');

export const complaintLookupRequestSchema = z.strictObject(
  { number: complaintNumberSchema },
  { message: '查询条件应为 { number }' },
);
export type ComplaintLookupRequest = z.input<typeof complaintLookupRequestSchema>;

export const COMPLAINT_REPLY_STATUSES = ['待处理', '处理中', '已答复', '已办结'] as const;

export const complaintReplySchema = z.object({
  category: z.string(),
  receivedAt: z.string(),
  status: z.enum(COMPLAINT_REPLY_STATUSES),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
});
export type ComplaintReply = z.infer<typeof complaintReplySchema>;

/** Empty when no complaint of the asking device's hall has that number. Never the text or the phone. */
export const complaintLookupAnswerSchema = z.object({ complaints: z.array(complaintReplySchema).max(5) });
export type ComplaintLookupAnswer = z.infer<typeof complaintLookupAnswerSchema>;

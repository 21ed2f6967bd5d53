/** Wire shapes of material pages (protocol.md, "Attachments"). */
import { z } from 'zod';

export const attachmentProgressSchema = z.object({
  caseNumber: z.string(),
  expected: z.number().int().min(0),
  complete: z.boolean(),
  pages: z.array(
    z.object({
      pageNo: z.number().int().min(1),
      size: z.number().int().min(0),
      received: z.number().int().min(0),
      complete: z.boolean(),
    }),
  ),
});
export type AttachmentProgress = z.infer<typeof attachmentProgressSchema>;

export const attachmentChunkAnswerSchema = z.object({
  pageNo: z.number().int().min(1),
  received: z.number().int().min(0),
  complete: z.boolean(),
});
export type AttachmentChunkAnswer = z.infer<typeof attachmentChunkAnswerSchema>;

/** Bytes in one PUT. */
export const ATTACHMENT_CHUNK_BYTES = 128 * 1024;

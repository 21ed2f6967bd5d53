/**
 * What becomes of a declaration in the outbox:
 * - 'online': the district server answered lately: it is uploaded within moments;
 * - 'offline': the kiosk is provisioned but the server is unreachable: uploaded when the line returns;
 * - 'local': the kiosk is not provisioned (demo): it stays on this kiosk and is never uploaded.
 */
export type UploadState = 'online' | 'offline' | 'local';

/** What the kiosk answers once a declaration is safely in the outbox. */
export interface DeclarationResult {
  /** The kiosk's 申报编号 (hall code + date + sequence). */
  localNumber: string;
  submittedAt: string;
  itemName: string;
  promisedTimeLimit: string;
  maskedName: string;
  maskedIdNumber: string;
  /** ASCII URL carried by the receipt's QR code. */
  progressUrl: string;
  /** False when the district server was unreachable (or none is configured): see `upload`. */
  online: boolean;
  /** Where the declaration goes from here: what the screen and the receipt tell the citizen. */
  upload: UploadState;
  receipt: { printed: true } | { printed: false; message: string };
  /** 打印申请表（A4） can be offered: an A4 queue is configured and this session holds the values. */
  applicationForm?: boolean;
}

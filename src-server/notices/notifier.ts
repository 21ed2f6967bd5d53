/**
 * Progress notices (办理进度短信): what the district sends an applicant's phone when a case's status
 * changes, and the pluggable way it is sent. A notifier gets the phone, an SMS template id and the
 * template's variables; it throws NoticeError when the gateway refused (permanent) or could not be reached
 * (worth a retry). Error messages never carry the phone number.
 */
export interface ProgressNotice {
  /** Personal data: goes to the gateway only, never to a log line or an error. */
  phone: string;
  templateId: string;
  variables: Record<string, string>;
}

export interface ProgressNotifier {
  /** A short name for logs and the console, e.g. "webhook" or "file". */
  readonly kind: string;
  send(notice: ProgressNotice): Promise<void>;
}

export class NoticeError extends Error {
  constructor(
    message: string,
    /** A refusal that a retry will not change (e.g. 400 from the gateway). */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'NoticeError';
  }
}

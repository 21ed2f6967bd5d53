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
  /** False when the district server was unreachable: it will be uploaded when the line returns. */
  online: boolean;
  receipt: { printed: true } | { printed: false; message: string };
}

/**
 * The 80 mm receipt of a self-declaration: hall, item, 申报编号, time, masked name and ID, what to
 * bring, next steps and the promised time limit, and QR codes carrying the number (progress, rating). On
 * a demo kiosk, whose declarations are never handled, no time limit and no QR code: the number can only
 * be looked up at this kiosk. Masked data only: the same lines are kept for a reprint by hall staff.
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { UploadState } from '../../contract/declaration.types.js';
import { handInNote, linkOfUpload } from '../../contract/kiosk-promises.js';
import { formatReceiptTime } from '../../devices/printer/receipt.layout.js';
import type { ReceiptLine } from '../../devices/printer/printer.types.js';

export interface DeclarationReceiptInput {
  hallName: string;
  hallPhone: string;
  item: ServiceItem;
  localNumber: string;
  submittedAt: Date;
  maskedName: string;
  maskedIdNumber: string;
  /** ASCII URL for the QR code (progress lookup by number). */
  progressUrl: string;
  /** Uploaded now, later (the server unreachable), or never (a demo kiosk, not provisioned). */
  upload: UploadState;
  /** ASCII URL for the second QR code: rate the service later (好差评). */
  ratingUrl: string;
}

/** The receipt's words on what becomes of the declaration; null when it is simply uploaded. */
export function uploadReceiptText(upload: UploadState): string | null {
  return handInNote(linkOfUpload(upload), '申请');
}

export function declarationReceipt(r: DeclarationReceiptInput): ReceiptLine[] {
  const toBring = r.item.materials.filter((m) => !m.sharedExempt);
  const exempt = r.item.materials.filter((m) => m.sharedExempt);
  const uploadText = uploadReceiptText(r.upload);
  const demo = r.upload === 'local';
  return [
    { kind: 'title', text: r.hallName },
    { kind: 'text', text: '自助申报回执', align: 'center', bold: true, size: 'large' },
    { kind: 'rule' },
    { kind: 'pair', label: '申报事项', value: r.item.name },
    { kind: 'pair', label: '申报编号', value: r.localNumber, bold: true },
    { kind: 'pair', label: '申报时间', value: formatReceiptTime(r.submittedAt) },
    { kind: 'pair', label: '申请人', value: r.maskedName },
    { kind: 'pair', label: '身份证号', value: r.maskedIdNumber },
    // A demo kiosk's declaration is never handled: no time limit, no progress or rating online.
    ...(demo
      ? []
      : [{ kind: 'pair', label: '承诺时限', value: r.item.promisedTimeLimit } satisfies ReceiptLine]),
    { kind: 'rule' },
    { kind: 'text', text: '请携带以下材料到窗口核验：', bold: true },
    ...(toBring.length > 0
      ? toBring.map((m, i): ReceiptLine => ({
          kind: 'text',
          text: `${i + 1}. ${m.name}（${m.form}${m.copies}份）`,
        }))
      : [{ kind: 'text', text: '无需另带材料。' } satisfies ReceiptLine]),
    ...(exempt.length > 0
      ? [
          {
            kind: 'text',
            text: `无需提供：${exempt.map((m) => m.name).join('、')}（部门间数据共享获取）`,
          } satisfies ReceiptLine,
        ]
      : []),
    { kind: 'rule' },
    { kind: 'text', text: '下一步：', bold: true },
    // A demo kiosk's declaration goes nowhere: no review, no time limit to promise.
    ...(demo
      ? []
      : [
          {
            kind: 'text',
            text: `工作人员将在一个工作日内审查申请材料并告知是否受理；${r.item.promisedTimeLimit}。`,
          } satisfies ReceiptLine,
        ]),
    ...(uploadText
      ? [{ kind: 'text', text: uploadText, bold: r.upload === 'local' } satisfies ReceiptLine]
      : []),
    { kind: 'text', text: `咨询电话：${r.hallPhone}` },
    { kind: 'rule' },
    ...(demo
      ? [{ kind: 'text', text: '可在本机“进度查询”输入申报编号查看本申请。' } satisfies ReceiptLine]
      : ([
          { kind: 'qr', data: r.progressUrl, caption: '扫码查询办理进度，或在本机“进度查询”输入申报编号' },
          { kind: 'feed', lines: 1 },
          { kind: 'qr', data: r.ratingUrl, caption: '办结后扫码评价（好差评），或在本机“评价”输入申报编号' },
          { kind: 'feed', lines: 1 },
        ] satisfies ReceiptLine[])),
    { kind: 'text', text: '请妥善保管本回执。', align: 'center' },
    { kind: 'cut' },
  ];
}

/**
 * The 80 mm 预约凭条: hall, number, item, date and time, masked name and ID, where to go, what to bring,
 * how to cancel, a QR code carrying the number (取号 at the hall) and one to rate the service later.
 * Masked data only: the same lines are kept for a reprint by hall staff.
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import { formatReceiptTime } from '../../devices/printer/receipt.layout.js';
import type { ReceiptLine } from '../../devices/printer/printer.types.js';
import { weekdayName } from './working-days.js';

export interface AppointmentSlipInput {
  hallName: string;
  hallAddress: string;
  hallPhone: string;
  item: ServiceItem;
  appointmentNumber: string;
  slotDate: string;
  slotTime: string;
  maskedName: string;
  maskedIdNumber: string;
  bookedAt: Date;
  qrUrl: string;
  ratingUrl: string;
}

export function appointmentSlip(a: AppointmentSlipInput): ReceiptLine[] {
  const toBring = a.item.materials.filter((m) => !m.sharedExempt);
  return [
    { kind: 'title', text: a.hallName },
    { kind: 'text', text: '预约凭条', align: 'center', bold: true, size: 'large' },
    { kind: 'rule' },
    { kind: 'pair', label: '预约编号', value: a.appointmentNumber, bold: true },
    { kind: 'pair', label: '预约事项', value: a.item.name },
    {
      kind: 'pair',
      label: '预约时间',
      value: `${a.slotDate}（${weekdayName(a.slotDate)}）${a.slotTime}`,
      bold: true,
    },
    { kind: 'pair', label: '预约人', value: a.maskedName },
    { kind: 'pair', label: '身份证号', value: a.maskedIdNumber },
    { kind: 'pair', label: '办理地点', value: a.hallAddress },
    { kind: 'pair', label: '打印时间', value: formatReceiptTime(a.bookedAt) },
    { kind: 'rule' },
    { kind: 'text', text: '请携带以下材料：', bold: true },
    ...(toBring.length > 0
      ? toBring.map((m, i): ReceiptLine => ({
          kind: 'text',
          text: `${i + 1}. ${m.name}（${m.form}${m.copies}份）`,
        }))
      : [{ kind: 'text', text: '无需另带材料。' } satisfies ReceiptLine]),
    { kind: 'rule' },
    { kind: 'text', text: '请按预约时间提前 10 分钟到大厅，凭本凭条或身份证取号。' },
    {
      kind: 'text',
      text: `如需取消，请在本机“预约办理—取消预约”输入预约编号和身份证号后四位，或拨打 ${a.hallPhone}。`,
    },
    { kind: 'rule' },
    { kind: 'qr', data: a.qrUrl, caption: '取号时出示此码' },
    { kind: 'feed', lines: 1 },
    { kind: 'qr', data: a.ratingUrl, caption: '办理后扫码评价（好差评）' },
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: '请妥善保管本凭条。', align: 'center' },
    { kind: 'cut' },
  ];
}

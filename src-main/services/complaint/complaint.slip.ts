/** The 80 mm slip of a 投诉建议: its tracking number, category, time and how the hall answers. No text, no phone. */
import { formatReceiptTime } from '../../devices/printer/receipt.layout.js';
import type { ReceiptLine } from '../../devices/printer/printer.types.js';

export interface ComplaintSlipInput {
  hallName: string;
  hallPhone: string;
  trackingNumber: string;
  category: string;
  submittedAt: Date;
  /** '138****1234', or null when anonymous or no phone was left. */
  maskedPhone: string | null;
  replyDays: number;
}

export function complaintSlip(c: ComplaintSlipInput): ReceiptLine[] {
  return [
    { kind: 'title', text: c.hallName },
    { kind: 'text', text: '投诉建议回执', align: 'center', bold: true, size: 'large' },
    { kind: 'rule' },
    { kind: 'pair', label: '受理编号', value: c.trackingNumber, bold: true },
    { kind: 'pair', label: '类别', value: c.category },
    { kind: 'pair', label: '提交时间', value: formatReceiptTime(c.submittedAt) },
    { kind: 'pair', label: '联系电话', value: c.maskedPhone ?? '未留（匿名）' },
    { kind: 'rule' },
    {
      kind: 'text',
      text: c.maskedPhone
        ? `我们将在 ${c.replyDays} 个工作日内电话答复您。`
        : '您未留联系电话，我们将认真核实处理，但无法回复您。',
    },
    { kind: 'text', text: `监督电话：${c.hallPhone}；也可拨打 12345 政务服务便民热线。` },
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: '感谢您的监督！', align: 'center' },
    { kind: 'cut' },
  ];
}

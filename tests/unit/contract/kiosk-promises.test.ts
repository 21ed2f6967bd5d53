import { describe, expect, it } from 'vitest';
import {
  bookingUnavailable,
  complaintReply,
  consentDestination,
  consentKeeping,
  formNotPrinted,
  formPrintNote,
  handInNote,
  helpCallPromise,
  linkOf,
  progressLinkNote,
  linkOfUpload,
  notUploadedStep,
  poorRatingFollowUp,
  slipNote,
  type KioskLink,
} from '../../../src-main/contract/kiosk-promises.js';

const LINKS: KioskLink[] = ['demo', 'offline', 'online'];
const PHONE = '0533-5180000';

/** Every sentence the vocabulary can say in one link state, hall open or closed. */
function everything(link: KioskLink, hallOpen: boolean): string[] {
  const help = helpCallPromise({ link, hallOpen, nextOpening: '明天 08:30', hallPhone: PHONE });
  return [
    handInNote(link, '申请') ?? '',
    handInNote(link, '评价') ?? '',
    handInNote(link, '投诉') ?? '',
    notUploadedStep(link),
    poorRatingFollowUp(link, 5, PHONE),
    complaintReply(link, { anonymous: false, phone: '13805331234' }, 5, PHONE),
    complaintReply(link, { anonymous: true, phone: '' }, 5, PHONE),
    complaintReply(link, { anonymous: false, phone: '' }, 5, PHONE),
    consentDestination(link),
    consentKeeping(link),
    help.title,
    help.lead,
    help.detail,
    help.openLabel,
  ];
}

/** Promises only a kiosk that reaches the district server can keep. */
const NEEDS_SERVER = [/上传至/, /工作日内(跟进|电话答复)/, /转给大厅负责人/, /工作人员看到后/, /网络恢复/];

describe('what the kiosk can promise', () => {
  it('names the link from enrollment and reachability, and from a declaration’s upload state', () => {
    expect(linkOf({ provisioned: false, online: true })).toBe('demo');
    expect(linkOf({ provisioned: true, online: false })).toBe('offline');
    expect(linkOf({ provisioned: true, online: true })).toBe('online');
    expect(linkOfUpload('local')).toBe('demo');
    expect(linkOfUpload('offline')).toBe('offline');
  });

  it.each([true, false])('a demo kiosk (hall open: %s) promises nothing that needs a server', (open) => {
    for (const text of everything('demo', open))
      for (const pattern of NEEDS_SERVER) expect(text, text).not.toMatch(pattern);
    expect(everything('demo', open).filter((t) => t.startsWith('演示模式')).length).toBeGreaterThan(5);
  });

  it.each([true, false])('an offline kiosk (hall open: %s) never says it was delivered', (open) => {
    const texts = everything('offline', open);
    for (const text of texts) {
      expect(text).not.toMatch(/演示/);
      expect(text).not.toMatch(/已转给|已通知/);
    }
    expect(poorRatingFollowUp('offline', 5, PHONE)).toMatch(/^网络恢复、评价上传后/);
    expect(handInNote('offline', '投诉')).toContain('网络恢复后将自动上传');
  });

  it('online: the follow-up and the reply are promised; nothing about the network or the demo', () => {
    // A row still in the outbox while online waits for the next sync: its step may name the network.
    const texts = everything('online', true).filter((t) => t !== notUploadedStep('online'));
    for (const text of texts) expect(text, text).not.toMatch(/演示|网络/);
    expect(handInNote('online', '申请')).toBeNull();
    expect(poorRatingFollowUp('online', 5, PHONE)).toContain('5 个工作日内跟进');
    expect(complaintReply('online', { anonymous: false, phone: '1' }, 5, PHONE)).toBe(
      '我们将在 5 个工作日内电话答复您。',
    );
  });

  it('a help call is "seen" only online with the hall open; a closed hall says no one will come', () => {
    for (const link of LINKS)
      for (const hallOpen of [true, false]) {
        const help = helpCallPromise({ link, hallOpen, nextOpening: '明天 08:30', hallPhone: PHONE });
        expect(help.seen).toBe(link === 'online' && hallOpen);
        if (!help.seen) expect(`${help.lead}${help.detail}`).toMatch(/窗口|电话|上班时间/);
        // The button of an open call says 已呼叫 only where staff see it; it fits the top bar.
        expect(help.openLabel === '已呼叫').toBe(help.seen);
        expect(help.openLabel.length).toBeLessThanOrEqual(6);
      }
    const closed = helpCallPromise({
      link: 'online',
      hallOpen: false,
      nextOpening: '周一 08:30',
      hallPhone: PHONE,
    });
    expect(closed.title).toBe('现在是下班时间');
    expect(closed.detail).toContain('窗口周一 08:30开始办理');
    expect(`${closed.title}${closed.lead}${closed.detail}`).not.toMatch(/马上|会过来/);
  });

  it('a slip is "taken from the slot" only when a real printer printed it; otherwise what to do instead', () => {
    expect(slipNote({ kind: 'printed' })).toBe('回执已打印，请从出纸口取走。');
    expect(slipNote({ kind: 'simulated' })).not.toContain('出纸口');
    expect(slipNote({ kind: 'simulated' })).toMatch(/^演示模式：回执已由模拟打印机生成，没有实际打印。/);
    const failed = slipNote({ kind: 'failed', message: '打印机缺纸，回执已交工作人员补打。' }, '预约凭条');
    expect(failed).toContain('请拍照或记下屏幕上的编号');
    expect(failed).not.toContain('出纸口');
  });

  it('进度查询 not answered by the district: offline the last sync, on a demo kiosk its own cases only', () => {
    expect(progressLinkNote('online', true)).toBeNull();
    expect(progressLinkNote('offline', true)).toContain('最近一次同步');
    expect(progressLinkNote('offline', false, true)).toBe('暂时连不上审批系统，显示的是最近一次同步的状态。');
    for (const byCard of [true, false]) {
      const demo = progressLinkNote('demo', byCard)!;
      expect(demo).toMatch(/^演示终端不连接区里的审批系统，.*在本机提交的办件。$/);
      expect(demo).not.toMatch(/暂时|连不上|同步/);
    }
  });

  it('booking: the demo is named as the reason, never the network', () => {
    expect(bookingUnavailable('demo', '预约').reason).not.toContain('网络');
    expect(bookingUnavailable('demo', '预约').title).toBe('演示终端不能预约');
    expect(bookingUnavailable('offline', '预约').title).toBe('预约需要连接网络');
  });

  it('a blank form is "taken from the slot" only once the printer has it; otherwise it says it did not come out', () => {
    expect(formPrintNote('printed', '空白申请表')).toBe('空白申请表已打印，请从 A4 打印机出纸口取走。');
    for (const outcome of ['waiting', 'simulated'] as const) {
      const note = formPrintNote(outcome, '样表');
      expect(note).not.toContain('出纸口取走');
      expect(note).toMatch(/没有打印出来|还没有打印出来/);
      expect(note).toMatch(/窗口领取/);
    }
    expect(formPrintNote('simulated', '样表')).toMatch(/^演示模式：/);
    expect(formNotPrinted('paper-out', '空白申请表')).toMatch(/^打印机缺纸，空白申请表没有打印出来。/);
    expect(formNotPrinted('unavailable', '样表')).toMatch(/没有打印出来。请到窗口领取/);
  });
});

/**
 * What the kiosk may promise a citizen, decided in one place from what it knows of itself: whether it is a
 * demo (not enrolled: nothing leaves it), offline (enrolled, the district server unreachable: handed-in
 * things wait in the outbox) or online; whether a slip came out of a real printer; whether the hall's
 * windows are open; whether a help call reaches anyone. Every result screen, receipt and spoken text takes
 * its words from here, so that no screen says more than the kiosk will do. Pure: no Node, no DOM.
 */
import type { UploadState } from './declaration.types.js';

/** demo: not enrolled, nothing is uploaded; offline: enrolled, waiting for the network; online. */
export type KioskLink = 'demo' | 'offline' | 'online';

export function linkOf(state: { provisioned: boolean; online: boolean }): KioskLink {
  if (!state.provisioned) return 'demo';
  return state.online ? 'online' : 'offline';
}

export function linkOfUpload(upload: UploadState): KioskLink {
  return upload === 'local' ? 'demo' : upload;
}

/** Things a citizen hands in at the kiosk. */
export type HandIn = '申请' | '评价' | '投诉';

/** What becomes of something handed in; null online, where it simply goes on. */
export function handInNote(link: KioskLink, what: HandIn): string | null {
  switch (link) {
    case 'online':
      return null;
    case 'offline':
      return `当前网络未连接，${what}已安全保存在本机，网络恢复后将自动上传。`;
    case 'demo':
      return what === '申请'
        ? '演示模式：本申请只保存在本机，不会上传，也不会被受理。如需办理，请到窗口。'
        : `演示模式：本次${what}只保存在本机，不会上传，也不会转给任何人。`;
  }
}

/** The done step of 自助申报: its title, what it says first, and whether it offers to follow progress. */
export interface DeclarationDone {
  title: string;
  lead: string;
  /** The progress QR code and 办理时限 are offered only where the application will be handled. */
  handled: boolean;
}

export function declarationDone(link: KioskLink, itemName: string, timeLimit: string): DeclarationDone {
  switch (link) {
    case 'online':
      return {
        title: '已提交',
        lead: `您的「${itemName}」申请已提交，办理时限：${timeLimit}。`,
        handled: true,
      };
    case 'offline':
      return {
        title: '已保存，待上传',
        lead: `${handInNote(link, '申请')}上传后开始办理，办理时限：${timeLimit}。`,
        handled: true,
      };
    case 'demo':
      return { title: '演示模式：不会被受理', lead: handInNote(link, '申请')!, handled: false };
  }
}

/** 进度查询's status of a declaration on a demo kiosk: it will never leave it (not "待上传"). */
export const KEPT_ON_KIOSK = '仅保存在本机';

/**
 * 进度查询's note when the district's systems were not asked: offline, that what is shown is the last
 * synchronised state; on a demo kiosk, which never connects, that only this kiosk's own cases are known.
 * `short` is the spoken form.
 */
export function progressLinkNote(link: KioskLink, byCard: boolean, short = false): string | null {
  switch (link) {
    case 'online':
      return null;
    case 'offline':
      return short
        ? '暂时连不上审批系统，显示的是最近一次同步的状态。'
        : `暂时连不上区里的审批系统，下面显示的是本机最近一次同步的状态${byCard ? '，只列出在本机提交的办件' : ''}。`;
    case 'demo':
      return `演示终端不连接区里的审批系统，${byCard ? '只列出在本机提交的办件' : '只能查到在本机提交的办件'}。`;
  }
}

/** The next step of a declaration that has not left this kiosk (进度查询). */
export function notUploadedStep(link: KioskLink): string {
  return link === 'demo'
    ? '演示模式：本申请只保存在本机，不会上传，也不会被受理。如需办理，请到窗口。'
    : '申请已安全保存在本机，网络恢复后将自动上传，无需重复提交。';
}

/** After a 差评: who follows it up and when — or, on a demo kiosk, that no one will. */
export function poorRatingFollowUp(link: KioskLink, workingDays: number, hallPhone: string): string {
  switch (link) {
    case 'online':
      return `您反映的问题将转给大厅负责人，在 ${workingDays} 个工作日内跟进处理。`;
    case 'offline':
      return `网络恢复、评价上传后，您反映的问题将转给大厅负责人，在 ${workingDays} 个工作日内跟进处理。`;
    case 'demo':
      return `演示模式：不会有人跟进这条评价。如需反映问题，请到窗口或拨打大厅电话 ${hallPhone}。`;
  }
}

/** After a complaint: whether and when someone answers. */
export function complaintReply(
  link: KioskLink,
  contact: { anonymous: boolean; phone: string },
  replyDays: number,
  hallPhone: string,
): string {
  if (link === 'demo')
    return `演示模式：这条投诉不会转给任何人，也不会有人答复。如需投诉，请拨打监督电话 ${hallPhone}。`;
  if (contact.anonymous) return '您选择了匿名提交。我们会认真核实处理，但无法答复您。';
  if (!contact.phone) return '您没有留电话。我们会认真核实处理，但无法电话答复您。';
  return link === 'online'
    ? `我们将在 ${replyDays} 个工作日内电话答复您。`
    : `网络恢复、投诉上传后，我们将在 ${replyDays} 个工作日内电话答复您。`;
}

/** Where the personal data of a declaration goes (个人信息告知: 去向). */
export function consentDestination(link: KioskLink): string {
  return link === 'demo'
    ? '演示模式：只保存在本机，不会上传，也不提供给任何单位或个人。'
    : '加密后上传至淄川区政务服务平台，不提供给其他单位或个人。';
}

/** How long it is kept (个人信息告知: 保存). */
export function consentKeeping(link: KioskLink): string {
  const screen = '您离开或点“退出”后，屏幕上的信息会全部清除。身份证照片不会被读取保存。';
  return link === 'demo'
    ? `演示模式：信息加密保存在本机，不会上传；${screen}`
    : `本机在上传成功后立即删除您的个人信息，只保留申报编号和办理状态；${screen}`;
}

/** How a slip came out: a real printer, the demo's simulated one, or not at all. */
export type SlipOutcome = { kind: 'printed' } | { kind: 'simulated' } | { kind: 'failed'; message: string };

/** Said about the slip, and what to do instead when there is none. */
export function slipNote(slip: SlipOutcome, what = '回执'): string {
  switch (slip.kind) {
    case 'printed':
      return `${what}已打印，请从出纸口取走。`;
    case 'simulated':
      return `演示模式：${what}已由模拟打印机生成，没有实际打印。请拍照或记下屏幕上的编号。`;
    case 'failed':
      return `${slip.message}请拍照或记下屏幕上的编号，需要时可呼叫工作人员。`;
  }
}

/** Why booking (or cancelling) cannot happen here, and the honest title for it. */
export function bookingUnavailable(
  reason: 'demo' | 'offline' | 'unauthorized',
  what: string,
): { title: string; reason: string } {
  switch (reason) {
    case 'demo':
      return {
        title: `演示终端不能${what}`,
        reason: `这是一台演示终端，没有接入区政务服务平台，不能在这里${what}。`,
      };
    case 'unauthorized':
      return {
        title: `本机暂时不能${what}`,
        reason: `本机暂时没有接入区政务服务平台，不能在这里${what}。`,
      };
    case 'offline':
      return { title: `${what}需要连接网络`, reason: `现在网络不通，本机暂时不能${what}。` };
  }
}

/** What a help call does: whether staff will see it, and what the citizen should do meanwhile. */
export interface HelpCallPromise {
  /** Staff are in the hall and the call reaches them. */
  seen: boolean;
  title: string;
  lead: string;
  detail: string;
  /** What the help button says while the call is open (short: it stands in the top bar). */
  openLabel: string;
}

export function helpCallPromise(state: {
  link: KioskLink;
  hallOpen: boolean;
  nextOpening: string | null;
  hallPhone: string;
}): HelpCallPromise {
  const phone = state.hallPhone ? `拨打大厅电话 ${state.hallPhone}` : '拨打大厅电话';
  if (state.link === 'demo')
    return {
      seen: false,
      title: '演示模式：呼叫没有转给工作人员',
      lead: '这台演示终端不会通知任何人',
      detail: `请直接到窗口找工作人员，或${phone}。`,
      openLabel: '演示：未通知',
    };
  if (!state.hallOpen) {
    const next = state.nextOpening ? `窗口${state.nextOpening}开始办理。` : '';
    return {
      seen: false,
      title: '现在是下班时间',
      lead: '大厅没有工作人员值守',
      detail: `呼叫已记录，但现在没有人能过来。${next}您可以${phone}，或在上班时间再来。`,
      openLabel: '下班无人值守',
    };
  }
  return state.link === 'online'
    ? {
        seen: true,
        title: '已通知工作人员',
        lead: '请在这台机器旁稍等',
        detail: '工作人员接单后，这里会显示“工作人员马上到”。如果问题已经解决，可以点“取消呼叫”。',
        openLabel: '已呼叫',
      }
    : {
        seen: false,
        title: '呼叫已记录在本机',
        lead: '网络未连接，工作人员可能看不到',
        detail: `请直接到窗口找工作人员，或${phone}。`,
        openLabel: '呼叫未送达',
      };
}

/** How a blank application form (or its 样表) came out of the A4 printer, as the kiosk knows it. */
export type FormPrintOutcome = 'printed' | 'waiting' | 'simulated';

/** Said after 打印空白表 / 打印样表: what happened, and where to get the form when it did not come out. */
export function formPrintNote(outcome: FormPrintOutcome, what: string): string {
  switch (outcome) {
    case 'printed':
      return `${what}已打印，请从 A4 打印机出纸口取走。`;
    case 'waiting':
      return `${what}已发送到打印机，正在排队，还没有打印出来。如果几分钟后仍没有出纸，请呼叫工作人员，或到窗口领取。`;
    case 'simulated':
      return `演示模式：本机没有连接 A4 打印机，${what}没有打印出来。请到窗口领取，或呼叫工作人员帮忙。`;
  }
}

/** A blank form that could not be printed: the printer out of paper, or not usable at all. */
export function formNotPrinted(reason: 'paper-out' | 'unavailable', what: string): string {
  return reason === 'paper-out'
    ? `打印机缺纸，${what}没有打印出来。请呼叫工作人员加纸，或到窗口领取。`
    : `打印机暂时无法使用，${what}没有打印出来。请到窗口领取，或呼叫工作人员帮忙。`;
}

/** Where 打印指南 sent the guide: a print queue (its CUPS request), or nowhere on a demo kiosk. */
export type GuidePrintAnswer =
  { outcome: 'queued'; queue: string; requestId: string } | { outcome: 'simulated' };

/** 打印指南 on a demo kiosk with no A4 printer: the guide did not come out; where to get it instead. */
export const GUIDE_NOT_PRINTED_DEMO =
  '演示模式：本机没有连接打印机，办事指南没有打印出来。请用手机扫描下面的二维码保存，或到窗口领取纸质办事指南。';

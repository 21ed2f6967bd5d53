/** The kiosk's settings, validated; defaults make a fresh kiosk run in demo mode. */
import { z } from 'zod';
import { hallNameProblem } from '../../contract/hall-name.js';

/** A device path or COM name: no control characters, no spaces (empty is allowed: no device). */
// eslint-disable-next-line no-control-regex
const serialPortPath = /^[^\s\u0000-\u001f]*$/;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应为 HH:MM');
/** A span of opening time on one day, e.g. 08:30–12:00. */
const timeRange = z
  .object({ from: clock, to: clock })
  .strict()
  .refine((r) => r.from < r.to, '结束时间应晚于开始时间');
/** Monday … Sunday (index 0 … 6): the day's spans, empty when closed. */
const week = z
  .array(z.array(timeRange).max(4, '每天最多 4 个时间段'))
  .length(7, '应为周一到周日 7 天')
  .refine(
    (days) =>
      days.every((spans) =>
        [...spans]
          .sort((a, b) => (a.from < b.from ? -1 : 1))
          .every((s, i, sorted) => i === 0 || (sorted[i - 1]?.to ?? '') <= s.from),
      ),
    '同一天的时间段不能重叠',
  );
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), '日期不存在');

const AM = { from: '08:30', to: '12:00' };
const PM = { from: '13:30', to: '17:30' };

export const configSchema = z.object({
  /** The district's naming rule (src-protocol/hall-name.ts). */
  hallName: z
    .string()
    .max(60, '名称最多 60 个字')
    .superRefine((name, ctx) => {
      const problem = hallNameProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('淄川区昆仑镇便民服务中心'),
  hallCode: z
    .string()
    // 2+: district hall codes are 2–16 characters (sync).
    .regex(/^[0-9A-Z]{2,20}$/, '大厅编码只能是大写字母和数字')
    .default('ZCKL01'),
  hallAddress: z.string().max(120, '地址最多 120 个字').default('淄川区昆仑镇昆仑路 88 号'),
  hallPhone: z
    .string()
    .max(40)
    .regex(/^[0-9][0-9 -]{6,39}$|^$/, '电话只能是数字、空格和"-"，例如 0533-5180000')
    .default('0533-5180000'),
  /** 政务公开: notices on the home screen, newest first. */
  announcements: z
    .array(z.string().trim().min(1, '公告不能为空').max(200, '每条公告最多 200 个字'))
    .max(10, '公告最多 10 条')
    .default([]),
  /** Catalog items this kiosk does not show (lists, search, 自助申报). */
  hiddenItems: z.array(z.string().max(64)).max(2000).default([]),
  /** 常办事项 on the home screen, in this order. */
  featuredItems: z
    .array(z.string().max(64))
    .max(12, '常办事项最多 12 个')
    .refine((ids) => new Set(ids).size === ids.length, '常办事项不能重复')
    .default([]),
  /**
   * The embedded default: demo catalog and devices, default admin PIN 123456. A hall install sets false;
   * the first-run wizard then opens until it is done (provisioning, devices, admin PIN).
   */
  demoMode: z.boolean().default(true),
  /** Seconds without a touch before "您还在吗？". */
  idleTimeoutSec: z.number().int().min(3, '至少 3 秒').max(1800, '最多 1800 秒').default(90),
  /** Seconds of the countdown overlay before the session ends. */
  countdownSec: z.number().int().min(3, '至少 3 秒').max(60, '最多 60 秒').default(20),
  largeTextDefault: z.boolean().default(false),
  /** 语音播报 volume, 0–100. */
  speechVolume: z.number().int().min(0, '音量为 0 到 100').max(100, '音量为 0 到 100').default(80),
  /** CUPS queue for A4 guides and forms; empty when the hall has no A4 printer. */
  a4Queue: z.string().max(127).default(''),
  /** Another CUPS server (`host:port`), when the queue is not local. */
  a4Server: z.string().max(200).default(''),
  /** Extra CUPS job options (`-o key=value`). */
  a4Options: z.record(z.string().regex(/^[a-zA-Z0-9_-]+$/), z.string().max(100)).default({}),
  /** Base of the progress-lookup URL in receipt QR codes (the kiosk number is appended). */
  progressBaseUrl: z.string().url().default('https://zwfw.sd.gov.cn/ZB/progress?no='),
  onlineGuideBaseUrl: z.string().url().default('https://zwfw.sd.gov.cn/ZB/icity/proinfo/index?code='),
  /** 服务时间: the windows' opening hours, Monday first. */
  openingHours: week.default([[AM, PM], [AM, PM], [AM, PM], [AM, PM], [AM, PM], [], []]),
  /** 延时服务: extra hours (lunch-time, evening or weekend), Monday first; bookable like opening hours. */
  extendedHours: week.default([[], [], [], [], [], [{ from: '09:00', to: '12:00' }], []]),
  /** Days the hall is closed (法定节假日), YYYY-MM-DD. */
  holidays: z.array(isoDate).max(400).default([]),
  /** Base of the "rate later" URL in receipt QR codes (the number is appended). */
  ratingBaseUrl: z.string().url().default('https://zwfw.sd.gov.cn/ZB/evaluate?no='),
  /** Working days within which the hall answers a complaint that left a phone number. */
  complaintReplyDays: z.number().int().min(1).max(30).default(5),
  /** Simulated reader and printer (模拟读卡器 / 模拟打印机): the embedded default; a provisioned kiosk sets false. */
  simulatedDevices: z.boolean().default(true),
  /** Serial port of the ID-card reader (/dev/ttyUSB0, COM3); empty: no reader. */
  readerPort: z.string().max(200).regex(serialPortPath, '串口路径格式不对').default(''),
  readerBaud: z
    .number()
    .int()
    .min(1200, '波特率为 1200 到 921600')
    .max(921600, '波特率为 1200 到 921600')
    .default(115200),
  /** Serial port of the receipt printer; empty: no receipt printer. */
  printerPort: z.string().max(200).regex(serialPortPath, '串口路径格式不对').default(''),
  printerBaud: z
    .number()
    .int()
    .min(1200, '波特率为 1200 到 921600')
    .max(921600, '波特率为 1200 到 921600')
    .default(115200),
});

export type KioskConfig = z.output<typeof configSchema>;
export type ConfigKey = keyof KioskConfig;

/** The Chinese name of each setting, for messages ("大厅名称：…") and the CLI. */
export const CONFIG_LABELS: Record<ConfigKey, string> = {
  hallName: '大厅名称',
  hallCode: '大厅编码',
  hallAddress: '大厅地址',
  hallPhone: '咨询电话',
  announcements: '政务公开公告',
  hiddenItems: '不显示的事项',
  featuredItems: '常办事项',
  demoMode: '演示模式',
  idleTimeoutSec: '无操作返回时间',
  countdownSec: '返回倒计时',
  largeTextDefault: '默认大字模式',
  speechVolume: '语音音量',
  a4Queue: 'A4 打印队列',
  a4Server: 'A4 打印服务器',
  a4Options: 'A4 打印选项',
  progressBaseUrl: '进度查询网址',
  onlineGuideBaseUrl: '网上办事指南网址',
  openingHours: '服务时间',
  extendedHours: '延时服务时间',
  holidays: '节假日',
  ratingBaseUrl: '评价网址',
  complaintReplyDays: '投诉答复工作日',
  simulatedDevices: '模拟设备',
  readerPort: '读卡器串口',
  readerBaud: '读卡器波特率',
  printerPort: '凭条打印机串口',
  printerBaud: '凭条打印机波特率',
};

export const CONFIG_KEYS = Object.keys(CONFIG_LABELS) as ConfigKey[];

export function isConfigKey(key: string): key is ConfigKey {
  return (CONFIG_KEYS as string[]).includes(key);
}
export type KioskConfigInput = z.input<typeof configSchema>;

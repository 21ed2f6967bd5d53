/** The kiosk's settings, validated; defaults make a fresh kiosk run in demo mode. */
import { z } from 'zod';

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
const week = z.array(z.array(timeRange).max(4)).length(7, '应为周一到周日 7 天');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), '日期不存在');

const AM = { from: '08:30', to: '12:00' };
const PM = { from: '13:30', to: '17:30' };

export const configSchema = z.object({
  hallName: z.string().min(2).max(60).default('淄川区昆仑镇便民服务中心'),
  hallCode: z
    .string()
    // 2+: district hall codes are 2–16 characters (sync, issue 7).
    .regex(/^[0-9A-Z]{2,20}$/, '大厅编码只能是大写字母和数字')
    .default('ZCKL01'),
  hallAddress: z.string().max(120).default('淄川区昆仑镇昆仑路 88 号'),
  hallPhone: z.string().max(40).default('0533-5180000'),
  /** Seconds without a touch before "您还在吗？". */
  idleTimeoutSec: z.number().int().min(3).max(1800).default(90),
  /** Seconds of the countdown overlay before the session ends. */
  countdownSec: z.number().int().min(3).max(60).default(10),
  largeTextDefault: z.boolean().default(false),
  /** 语音播报 volume, 0–100. */
  speechVolume: z.number().int().min(0).max(100).default(80),
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
  readerBaud: z.number().int().min(1200).max(921600).default(115200),
  /** Serial port of the receipt printer; empty: no receipt printer. */
  printerPort: z.string().max(200).regex(serialPortPath, '串口路径格式不对').default(''),
  printerBaud: z.number().int().min(1200).max(921600).default(115200),
});

export type KioskConfig = z.output<typeof configSchema>;
export type KioskConfigInput = z.input<typeof configSchema>;

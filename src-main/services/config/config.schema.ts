/** The kiosk's settings, validated; defaults make a fresh kiosk run in demo mode. */
import { z } from 'zod';

export const configSchema = z.object({
  hallName: z.string().min(2).max(60).default('淄川区昆仑镇便民服务中心'),
  hallCode: z
    .string()
    .regex(/^[0-9A-Z]{4,20}$/, '大厅编码只能是大写字母和数字')
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
  onlineGuideBaseUrl: z.string().url().default('https://zwfw.sd.gov.cn/ZB/icity/proinfo/index?code='),
});

export type KioskConfig = z.output<typeof configSchema>;
export type KioskConfigInput = z.input<typeof configSchema>;

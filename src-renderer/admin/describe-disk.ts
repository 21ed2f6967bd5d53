/** The overview's line about the data folder's disk, in the hall staff's words. */
import type { DiskState } from '../../src-main/contract/admin.types.js';

const mb = (bytes: number): string => `${Math.floor(bytes / 1024 / 1024)} MB`;

export function describeDisk(disk: DiskState | null): string {
  if (!disk) return '无法读取';
  const facts = `剩余 ${mb(disk.freeBytes)}，已用 ${disk.usedPct}%`;
  return disk.low ? `⚠ 存储空间不足（${facts}）：已暂停受理新的提交，请清理磁盘或联系技术人员` : facts;
}

/** Case numbers (受理编号): "ZC" + yyyymmdd in China time + a 6-digit sequence of that day. */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000; // UTC+8, no daylight saving

export function casePrefix(at: Date): string {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `ZC${china.toISOString().slice(0, 10).replaceAll('-', '')}`;
}

/** How far a kiosk PC's clock was from the time the kiosk went by, in words for staff. */

/** "慢 1096 天 2 小时" / "快 7 分钟": how far the PC's clock was from the time the kiosk went by. */
export function clockOffset(localIso: string, kioskIso: string): string {
  const ms = Date.parse(localIso) - Date.parse(kioskIso);
  if (Number.isNaN(ms)) return '';
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes === 0) return '一致';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days ? `${days} 天` : '', hours ? `${hours} 小时` : '', !days && mins ? `${mins} 分钟` : ''];
  return `${ms < 0 ? '慢' : '快'} ${parts.filter(Boolean).join(' ')}`;
}

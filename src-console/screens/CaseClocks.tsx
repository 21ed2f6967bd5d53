/**
 * A declaration's two kiosk clocks in the case detail's facts, shown only when the server found them worth
 * showing (they, or the kiosk's time and the district's receipt, differ by more than a few minutes).
 */
import type { ReactElement } from 'react';
import type { CaseDetail } from '../../src-server/console/console-api.types.js';
import { chinaDateTime } from '../format.js';

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

export function CaseClocks({ clocks }: { clocks: CaseDetail['clocks'] }): ReactElement | null {
  if (!clocks) return null;
  return (
    <>
      <div data-testid="case-kiosk-time">
        <dt>自助机办理时间（按区县时间校准）</dt>
        <dd>{chinaDateTime(clocks.kioskTime)}</dd>
      </div>
      <div data-testid="case-kiosk-local">
        <dt>自助机电脑时钟</dt>
        <dd>
          {chinaDateTime(clocks.kioskLocal)}（{clockOffset(clocks.kioskLocal, clocks.kioskTime)}）
        </dd>
      </div>
    </>
  );
}

/**
 * A declaration's two kiosk clocks in the case detail's facts, shown only when the server found them worth
 * showing (they, or the kiosk's time and the district's receipt, differ by more than a few minutes).
 */
import type { ReactElement } from 'react';
import type { CaseDetail } from '../../src-server/console/console-api.types.js';
import { clockOffset } from '../clock-offset.js';
import { chinaDateTime } from '../format.js';

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

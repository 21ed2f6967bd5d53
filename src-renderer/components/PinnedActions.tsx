/**
 * A step's primary actions (完成, 评价本次服务 …) pinned to the bottom of the screen: on a long done step
 * (a receipt preview, a QR code) they stay on screen without scrolling, in both orientations and modes.
 */
import type { ReactElement, ReactNode } from 'react';
import './pinned-actions.css';

export function PinnedActions({ children }: { children: ReactNode }): ReactElement {
  return (
    <div className="step-actions pinned-actions" data-primary-actions>
      {children}
    </div>
  );
}

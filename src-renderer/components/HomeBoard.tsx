/**
 * The home screen's hall notices: outside opening hours a calm note that the windows are closed and when
 * they open (lookup and printing still work), 政务公开 announcements, and the 常办事项 the hall admin picked.
 */
import type { ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';
import './home-board.css';

export function HomeBoard(): ReactElement | null {
  const { info, navigate } = useKiosk();
  const { hours, announcements, featured } = info;
  if (!hours.closedNotice && announcements.length === 0 && featured.length === 0) return null;
  return (
    <div className="home-board">
      {hours.closedNotice ? (
        <p className="hours-notice" data-hours-notice>
          {hours.closedNotice}
        </p>
      ) : null}
      {featured.length > 0 ? (
        <section className="featured" aria-labelledby="featured-title">
          <h2 id="featured-title">常办事项</h2>
          <div className="featured-grid">
            {featured.map((f) => (
              <button
                key={f.id}
                type="button"
                className="featured-item"
                data-featured-item={f.id}
                onClick={() => navigate({ type: 'push', route: { name: 'guide', itemId: f.id } })}
              >
                {f.name}
              </button>
            ))}
          </div>
        </section>
      ) : null}
      {announcements.length > 0 ? (
        <section className="announcements" aria-labelledby="announcements-title">
          <h2 id="announcements-title">政务公开</h2>
          <ul>
            {announcements.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The home screen's clock, in the hall's time (China time). */
import { useEffect, useState, type ReactElement } from 'react';
import { formatDate, formatTime } from '../app/china-time.js';

export function Clock(): ReactElement {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="clock">
      <span className="clock-time">{formatTime(now)}</span>
      <span className="clock-date">{formatDate(now)}</span>
    </div>
  );
}

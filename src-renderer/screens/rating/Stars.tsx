/** Five stars, `count` of them filled: the picture of a 好差评 level (decorative: its name is the text). */
import type { ReactElement } from 'react';

const STAR = 'M32 6l7.6 16.2 17.7 2.2-13 12.2 3.4 17.6L32 45.4l-15.7 8.8 3.4-17.6-13-12.2 17.7-2.2z';

export function Stars({ count, size = 36 }: { count: number; size?: number }): ReactElement {
  return (
    <span className="stars" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((n) => (
        <svg
          key={n}
          width={size}
          height={size}
          viewBox="0 0 64 64"
          fill={n <= count ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="4"
          strokeLinejoin="round"
          focusable="false"
        >
          <path d={STAR} />
        </svg>
      ))}
    </span>
  );
}

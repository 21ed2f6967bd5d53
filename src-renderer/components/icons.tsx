/** Simple line icons (inline SVG: no icon font to load, no emoji font needed). Decorative only. */
import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  guide: (
    <>
      <rect x="12" y="8" width="40" height="48" rx="4" />
      <path d="M20 20h24M20 30h24M20 40h16" />
    </>
  ),
  declare: (
    <>
      <rect x="10" y="10" width="36" height="44" rx="4" />
      <path d="M18 22h20M18 32h12M40 46l14-14 4 4-14 14h-4z" />
    </>
  ),
  progress: (
    <>
      <circle cx="32" cy="32" r="22" />
      <path d="M32 18v14l10 8" />
    </>
  ),
  booking: (
    <>
      <rect x="10" y="14" width="44" height="40" rx="4" />
      <path d="M10 26h44M22 8v12M42 8v12M22 38h8v8h-8z" />
    </>
  ),
  rating: <path d="M32 8l7 15 16 2-12 11 3 16-14-8-14 8 3-16L9 25l16-2z" />,
  complaint: (
    <>
      <path d="M10 14h44v30H28l-12 10V44h-6z" />
      <path d="M22 26h20M22 34h12" />
    </>
  ),
  help: (
    <>
      <circle cx="32" cy="22" r="10" />
      <path d="M14 56c0-10 8-18 18-18s18 8 18 18" />
    </>
  ),
  back: <path d="M40 12L20 32l20 20" />,
  home: <path d="M10 32L32 12l22 20M18 26v26h28V26" />,
  text: <path d="M12 52L28 12h4l16 40M18 38h24" />,
  exit: <path d="M26 12H12v40h14M30 32h24M44 22l10 10-10 10" />,
  print: (
    <>
      <path d="M18 26V8h28v18M18 46h-8V26h44v20h-8" />
      <rect x="18" y="38" width="28" height="18" />
    </>
  ),
  search: (
    <>
      <circle cx="28" cy="28" r="16" />
      <path d="M40 40l14 14" />
    </>
  ),
  speaker: (
    <>
      <path d="M10 24h10l14-12v40L20 40H10z" />
      <path d="M42 22c4 6 4 14 0 20M48 16c8 10 8 22 0 32" />
    </>
  ),
};

export function Icon({ name, size = 48 }: { name: string; size?: number }): ReactElement {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      strokeWidth="4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name] ?? null}
    </svg>
  );
}

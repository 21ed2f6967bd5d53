/** Line icons of the form (inline SVG, decorative: the text next to each says what it means). */
import type { ReactElement } from 'react';

const PATHS = {
  plus: <path d="M32 12v40M12 32h40" />,
  minus: <path d="M12 32h40" />,
  alert: (
    <>
      <circle cx="32" cy="32" r="26" />
      <path d="M32 18v18M32 46v1" />
    </>
  ),
  card: (
    <>
      <rect x="6" y="14" width="52" height="36" rx="5" />
      <circle cx="22" cy="30" r="6" />
      <path d="M12 44c2-6 18-6 20 0M38 26h12M38 34h12" />
    </>
  ),
  lock: (
    <>
      <rect x="14" y="28" width="36" height="26" rx="4" />
      <path d="M22 28v-8a10 10 0 0 1 20 0v8" />
    </>
  ),
  edit: <path d="M14 50l4-14 26-26 10 10-26 26zM38 16l10 10" />,
  check: <path d="M12 34l13 13 27-29" />,
} as const;

export type FormIconName = keyof typeof PATHS;

export function FormIcon({ name, size = 28 }: { name: FormIconName; size?: number }): ReactElement {
  return (
    <svg
      className="form-icon"
      width={size}
      height={size}
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      strokeWidth="6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}

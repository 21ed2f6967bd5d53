/** The numbered steps of a citizen flow (预约办理, 投诉建议): where they are, in text, never colour alone. */
import type { ReactElement } from 'react';

export function StepProgress({
  titles,
  current,
  label,
}: {
  titles: readonly string[];
  /** Index into `titles`. */
  current: number;
  /** What the list is, for screen readers, e.g. 预约步骤. */
  label: string;
}): ReactElement {
  return (
    <ol className="flow-progress" aria-label={label}>
      {titles.map((title, i) => (
        <li
          key={title}
          className={i === current ? 'current' : i < current ? 'done' : ''}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="flow-no">{i < current ? '✓' : i + 1}</span>
          {title}
        </li>
      ))}
    </ol>
  );
}

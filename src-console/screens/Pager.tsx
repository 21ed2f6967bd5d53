/** 上一页 / 下一页 under a paged list of the console. */
import type { ReactElement } from 'react';

export function Pager({
  page,
  pages,
  label,
  onPage,
}: {
  /** The page shown, from 1. */
  page: number;
  pages: number;
  /** What the pager is named for screen readers. */
  label: string;
  onPage: (page: number) => void;
}): ReactElement {
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={page <= 1}
        onClick={() => onPage(Math.min(page, pages) - 1)}
      >
        上一页
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        下一页
      </button>
    </nav>
  );
}

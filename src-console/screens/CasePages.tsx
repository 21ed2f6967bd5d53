/**
 * 材料: the pages a kiosk uploaded with a declaration, as thumbnails; one opens large. Every image is a
 * view of personal data that the server audits and never lets the browser cache; pages that have not
 * arrived yet are counted and shown as missing.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { CasePagesAnswer } from '../../src-server/console/console-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import '../case-pages.css';

type Page = CasePagesAnswer['pages'][number];

const imageUrl = (caseNumber: string, pageNo: number, size: 'thumb' | 'full'): string =>
  `/console/api/cases/${encodeURIComponent(caseNumber)}/pages/${pageNo}?size=${size}`;

export function CasePages({ caseNumber }: { caseNumber: string }): ReactElement {
  const [answer, setAnswer] = useState<CasePagesAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [large, setLarge] = useState<Page | null>(null);

  useEffect(() => {
    setAnswer(null);
    setLarge(null);
    api
      .get<CasePagesAnswer>(`cases/${encodeURIComponent(caseNumber)}/pages`)
      .then(setAnswer, (e: unknown) => setError(e instanceof ConsoleApiError ? e.message : '读取材料页失败'));
  }, [caseNumber]);

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!answer) return <p>正在读取材料页……</p>;
  if (answer.announced === 0) return <p data-testid="case-pages-none">这件申报没有上传材料页。</p>;

  return (
    <div className="case-pages" data-testid="case-pages">
      <p
        className={answer.missing > 0 ? 'pages-missing' : 'pages-complete'}
        role="status"
        data-testid="case-pages-count"
      >
        {answer.missing > 0
          ? `材料共 ${answer.announced} 页，已收到 ${answer.arrived} 页，还差 ${answer.missing} 页没有传到服务器。`
          : `材料共 ${answer.announced} 页，已全部收到。`}
      </p>
      <ul className="thumbs">
        {answer.pages.map((p) => (
          <li key={p.pageNo} data-page={p.pageNo}>
            {p.arrived ? (
              <button
                type="button"
                className="thumb"
                aria-label={`查看大图：第 ${p.pageNo} 页 ${p.materialName}`}
                onClick={() => setLarge(p)}
              >
                <img src={imageUrl(caseNumber, p.pageNo, 'thumb')} alt="" width={160} />
              </button>
            ) : (
              <span className="thumb thumb-missing">未传到</span>
            )}
            <span className="thumb-caption">
              第 {p.pageNo} 页 · {p.materialName}
            </span>
          </li>
        ))}
      </ul>
      {large ? <LargePage caseNumber={caseNumber} page={large} onClose={() => setLarge(null)} /> : null}
    </div>
  );
}

function LargePage({
  caseNumber,
  page,
  onClose,
}: {
  caseNumber: string;
  page: Page;
  onClose: () => void;
}): ReactElement {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const title = `第 ${page.pageNo} 页 ${page.materialName}`;
  return (
    <div className="page-large" role="dialog" aria-modal="true" aria-label={title} data-testid="page-large">
      <div className="page-large-head">
        <h3>{title}</h3>
        <button ref={closeRef} type="button" className="btn btn-secondary" onClick={onClose}>
          关闭大图
        </button>
      </div>
      <img src={imageUrl(caseNumber, page.pageNo, 'full')} alt={`${title}（材料图片）`} />
    </div>
  );
}

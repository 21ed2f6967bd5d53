/** 进度查询: placeholder until the flow lands. */
import type { ReactElement } from 'react';
import { NoticeScreen } from '../NoticeScreen.js';

export function ProgressScreen(): ReactElement {
  return <NoticeScreen title="进度查询" />;
}

/** 投诉建议: placeholder until the flow lands. */
import type { ReactElement } from 'react';
import { NoticeScreen } from '../NoticeScreen.js';

export function ComplaintScreen(): ReactElement {
  return <NoticeScreen title="投诉建议" />;
}

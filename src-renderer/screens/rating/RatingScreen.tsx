/** 评价（好差评）: placeholder until the flow lands. */
import type { ReactElement } from 'react';
import type { RatingTarget } from '../../../src-main/contract/citizen.types.js';
import { NoticeScreen } from '../NoticeScreen.js';

export function RatingScreen(props: { target?: RatingTarget; title?: string }): ReactElement {
  return <NoticeScreen title={props.title ?? '评价'} />;
}

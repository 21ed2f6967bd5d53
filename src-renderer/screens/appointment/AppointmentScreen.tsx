/** 预约办理: placeholder until the flow lands. */
import type { ReactElement } from 'react';
import { NoticeScreen } from '../NoticeScreen.js';

export function AppointmentScreen(): ReactElement {
  return <NoticeScreen title="预约办理" />;
}

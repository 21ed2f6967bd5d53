/** The admin screens, in the order of their buttons. */
export const ADMIN_TABS = [
  { id: 'overview', title: '概览' },
  { id: 'hall', title: '大厅信息' },
  { id: 'hours', title: '服务时间' },
  { id: 'items', title: '服务事项' },
  { id: 'devices', title: '设备' },
  { id: 'sync', title: '网络与同步' },
  { id: 'reprint', title: '补打' },
  { id: 'stats', title: '统计' },
  { id: 'system', title: '系统' },
] as const;

export type AdminTabId = (typeof ADMIN_TABS)[number]['id'];

/** The words the materials step and the camera share. */
export const MAX_PAGES_PER_CASE_TEXT = {
  count: 20,
  full: '已拍满 20 页（每次申报最多 20 页），其余材料请带到窗口。',
} as const;

export const PHONE_NEEDS_NETWORK = '从手机上传需要联网，本机现在没有联网。可以拍照，或到窗口再交。';

export const PHONE_DEMO = '从手机上传需要联网，本机是演示终端，不连接区县服务器。可以拍照，或到窗口再交。';

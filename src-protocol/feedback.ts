/**
 * The words of 好差评 and 投诉建议, shared by the kiosk's screens, its API and the district protocol.
 * Pure: no Node, no DOM.
 */

/** The five standard levels of 好差评 (政务服务评价), 5 best. Levels 1–2 are 差评. */
export const RATING_LEVELS = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
} as const;
export type RatingLevel = keyof typeof RATING_LEVELS;

/** Reasons a 差评 can name (at least one, or a written comment). */
export const RATING_REASONS = [
  '服务指引是否清晰',
  '办事程序是否便利',
  '材料手续是否精简',
  '操作界面是否友好',
  '服务态度',
  '服务效率',
] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

/**
 * What a citizen taps for each reason: what went wrong, in plain words (the stored and sent value stays
 * the standard indicator above, phrased as the survey's question).
 */
export const RATING_REASON_LABELS: Record<RatingReason, string> = {
  服务指引是否清晰: '指引说得不清楚',
  办事程序是否便利: '办事手续太麻烦',
  材料手续是否精简: '要交的材料太多',
  操作界面是否友好: '机器不好操作',
  服务态度: '服务态度不好',
  服务效率: '办得太慢、等得太久',
};

/** Levels at or below this are 差评: they need a reason or a comment, and open a follow-up (回访). */
export const POOR_RATING_MAX = 2;
/** Working days (Mon–Fri, not a hall holiday) until a 差评's follow-up is due. */
export const FOLLOW_UP_WORKING_DAYS = 5;
export const RATING_COMMENT_MAX = 500;

export const COMPLAINT_CATEGORIES = [
  '服务态度',
  '办事效率',
  '乱收费',
  '廉政问题',
  '意见建议',
  '其他',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_TEXT_MAX = 1000;

/** A mainland mobile number: 11 digits starting 13–19. */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

/**
 * What citizens most often say under each complaint category, offered as buttons on the text step: one
 * tap writes a phrase into the text (a second tap takes it out again), so a villager who cannot spell
 * pinyin still says what happened, and types only what the phrases do not say (when, which window).
 */
import type { ComplaintCategory } from '../../../src-main/contract/feedback.js';

export const COMPLAINT_PHRASES: Readonly<Record<ComplaintCategory, readonly string[]>> = {
  服务态度: ['工作人员态度不好', '说话不耐烦', '推来推去不给办', '上班时间窗口没人', '工作时间玩手机'],
  办事效率: [
    '排队等了很久',
    '窗口开得太少',
    '跑了好几次还没办成',
    '要什么材料没有一次说清',
    '超过承诺时间还没办完',
  ],
  乱收费: ['收了不该收的钱', '收钱没给票据', '收费标准没有公示', '要求买指定的东西'],
  廉政问题: ['工作人员索要好处', '暗示送礼才给办', '找熟人才给办', '给亲戚朋友优先办'],
  意见建议: [
    '希望多开几个窗口',
    '希望中午也能办',
    '希望周末也能办',
    '希望多放座椅和老花镜',
    '希望终端上的字再大些',
  ],
  其他: ['自助终端出了故障', '大厅卫生不好', '指示牌看不明白', '停车不方便'],
};

/** Punctuation after which a phrase follows without a comma of its own. */
const ENDS_CLAUSE = /[，。！？；、：,.!?;:\s]$/u;

/** Whether `text` says `phrase` (as the button wrote it, or typed). */
export function hasPhrase(text: string, phrase: string): boolean {
  return text.includes(phrase);
}

/**
 * `text` with `phrase` added at the end after a comma (none after a clause's end or in an empty text), or
 * unchanged when the result would be longer than `max`.
 */
export function addPhrase(text: string, phrase: string, max: number): string {
  const joined = text.length === 0 || ENDS_CLAUSE.test(text) ? text + phrase : `${text}，${phrase}`;
  return joined.length > max ? text : joined;
}

/** `text` without the first `phrase` in it, and without the comma that joined it to its neighbour. */
export function removePhrase(text: string, phrase: string): string {
  const at = text.indexOf(phrase);
  if (at < 0) return text;
  let start = at;
  let end = at + phrase.length;
  if (text[end] === '，') end++;
  else if (start > 0 && text[start - 1] === '，') start--;
  return text.slice(0, start) + text.slice(end);
}

/** Key rows shared by the letter and pinyin keyboards (QWERTY, as on a phone). */
export const DIGIT_ROW: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export const LETTER_ROWS: readonly (readonly string[])[] = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm'],
];

/** The phone-pad rows of the numeric keypad; X sits left of 0 where it is allowed. */
export const KEYPAD_ROWS: readonly (readonly string[])[] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/** Punctuation of the pinyin keyboard, with the names a screen reader says. */
export const PUNCTUATION: readonly { readonly text: string; readonly label: string }[] = [
  { text: '，', label: '逗号' },
  { text: '。', label: '句号' },
];

/**
 * The one mark a name has besides 汉字: the 间隔号 between the parts of a name written in 汉字, as an ID
 * card prints it (阿依古丽·买买提). A name's keyboard offers it instead of digits and sentence punctuation.
 */
export const NAME_MARK = { text: '·', label: '间隔号' } as const;

/** The notice under a keyboard whose field is full (`位` for digits, `个字` for text). */
export function maxLengthMessage(maxLength: number, unit = '个字'): string {
  return `已达到最多 ${maxLength} ${unit}`;
}

/** The on-screen keyboards of the touch UI (no physical keyboard at the kiosk). */
export { LetterKeyboard, type LetterKeyboardProps } from './LetterKeyboard.js';
export { NumericKeypad, type NumericKeypadProps } from './NumericKeypad.js';
export { PinyinKeyboard, DEFAULT_PAGE_SIZE, type PinyinKeyboardProps } from './PinyinKeyboard.js';

/** The on-screen keyboards of the touch UI (no physical keyboard at the kiosk). */
export { HandwritingPad, type HandwritingPadProps } from './HandwritingPad.js';
export { InputModeProvider } from './input-mode.js';
export type { InputMode } from './input-modes.js';
export { LetterKeyboard, type LetterKeyboardProps } from './LetterKeyboard.js';
export { NumericKeypad, type NumericKeypadProps } from './NumericKeypad.js';
export { PinyinKeyboard, DEFAULT_PAGE_SIZE, type PinyinKeyboardProps } from './PinyinKeyboard.js';
export { TextKeyboard, type TextFieldKind, type TextKeyboardProps } from './TextKeyboard.js';

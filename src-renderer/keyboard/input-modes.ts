/** The keyboards a text field can switch among, and which one it opens with. Pure. */

export type InputMode = 'pinyin' | 'handwriting' | 'letters' | 'digits';

export const INPUT_MODE_LABELS: Readonly<Record<InputMode, string>> = {
  pinyin: '拼音',
  handwriting: '手写',
  letters: '字母',
  digits: '数字',
};

/** A Chinese text field: pinyin first. */
export const TEXT_MODES: readonly InputMode[] = ['pinyin', 'handwriting', 'letters', 'digits'];
/** The search box: letters first (拼音首字母 such as "ylbx"), no digit pad. */
export const SEARCH_MODES: readonly InputMode[] = ['letters', 'pinyin', 'handwriting'];

/** The mode a field shows: the session's choice when this field offers it, else `fallback`. */
export function pickMode(
  chosen: InputMode | null,
  offered: readonly InputMode[],
  fallback: InputMode,
): InputMode {
  return chosen !== null && offered.includes(chosen) ? chosen : fallback;
}

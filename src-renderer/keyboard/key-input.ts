/**
 * Editing a field from on-screen keys, as pure functions shared by the three keyboards. Lengths count
 * UTF-16 units, like `maxLength` of an input and the contract's string limits; deletion removes a
 * whole character, also one outside the BMP (𠮷).
 */

/** A key of the letter keyboard or the numeric keypad. */
export type EditKey =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'backspace' }
  | { readonly type: 'clear' };

/** How many UTF-16 units still fit (Infinity without a limit). */
export function roomFor(value: string, maxLength: number | undefined): number {
  if (maxLength === undefined) return Number.POSITIVE_INFINITY;
  return Math.max(0, maxLength - value.length);
}

/** True when no further character fits. */
export function isFull(value: string, maxLength: number | undefined): boolean {
  return roomFor(value, maxLength) < 1;
}

/** Appends the whole text, or nothing when it would not fit. */
export function appendText(value: string, text: string, maxLength: number | undefined): string {
  return text.length <= roomFor(value, maxLength) ? value + text : value;
}

/** Removes the last character (a surrogate pair as one). */
export function removeLastChar(value: string): string {
  if (value.length === 0) return value;
  const last = value.charCodeAt(value.length - 1);
  const beforeLast = value.length >= 2 ? value.charCodeAt(value.length - 2) : 0;
  const pair = last >= 0xdc00 && last <= 0xdfff && beforeLast >= 0xd800 && beforeLast <= 0xdbff;
  return value.slice(0, pair ? -2 : -1);
}

/** The next value of a field for one key. */
export function applyEditKey(value: string, key: EditKey, maxLength?: number): string {
  switch (key.type) {
    case 'text':
      return appendText(value, key.text, maxLength);
    case 'backspace':
      return removeLastChar(value);
    case 'clear':
      return '';
  }
}

export interface NumericOptions {
  readonly maxLength?: number | undefined;
  /** Offer X, the check digit of a resident ID number (公民身份号码). */
  readonly allowX?: boolean | undefined;
}

/**
 * Whether the keypad accepts a character now. X is only the check digit: accepted where allowed,
 * once, and, when the field has a length, only as its last character (the 18th of an ID number).
 */
export function numericAccepts(value: string, char: string, options: NumericOptions): boolean {
  if (isFull(value, options.maxLength)) return false;
  // After the check digit X nothing follows; a field without X (digits typed into a text) has no such rule.
  if (/^[0-9]$/.test(char)) return !options.allowX || !value.includes('X');
  if (char !== 'X' || !options.allowX || value.includes('X')) return false;
  return options.maxLength === undefined || value.length === options.maxLength - 1;
}

/** The keypad's reducer: the next value for one key, unchanged when the key is not accepted. */
export function applyNumericKey(value: string, key: EditKey, options: NumericOptions): string {
  if (key.type === 'text') {
    const char = key.text.toUpperCase();
    return numericAccepts(value, char, options) ? value + char : value;
  }
  return applyEditKey(value, key, options.maxLength);
}

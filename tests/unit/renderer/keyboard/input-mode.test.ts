import { describe, expect, it } from 'vitest';
import { pickMode, SEARCH_MODES, TEXT_MODES } from '../../../../src-renderer/keyboard/input-modes.js';

describe('pickMode', () => {
  it('opens a field on its own default until the citizen chooses', () => {
    expect(pickMode(null, TEXT_MODES, 'pinyin')).toBe('pinyin');
    expect(pickMode(null, SEARCH_MODES, 'letters')).toBe('letters');
  });

  it('carries the session’s choice to every field that offers it', () => {
    expect(pickMode('handwriting', TEXT_MODES, 'pinyin')).toBe('handwriting');
    expect(pickMode('handwriting', SEARCH_MODES, 'letters')).toBe('handwriting');
  });

  it('keeps the default where the choice is not offered (no digit pad in search)', () => {
    expect(pickMode('digits', SEARCH_MODES, 'letters')).toBe('letters');
  });
});

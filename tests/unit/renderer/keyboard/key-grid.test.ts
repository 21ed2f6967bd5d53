import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TechKeyboard } from '../../../../src-renderer/admin/TechKeyboard.js';
import { KEY_GAP, KeyGrid } from '../../../../src-renderer/keyboard/KeyGrid.js';
import { LetterKeyboard, NumericKeypad, PinyinKeyboard } from '../../../../src-renderer/keyboard/index.js';

// The test config compiles TSX with the classic runtime (no React plugin): components find React here.
(globalThis as { React?: unknown }).React = React;

const html = (element: React.ReactElement): string => renderToStaticMarkup(element);
const press = (): void => undefined;

describe('KeyGrid', () => {
  it('lays out one flex row per array, each key a button with its data-key, name and classes', () => {
    const out = html(
      React.createElement(KeyGrid, {
        className: 'kb-letters',
        label: '字母键盘',
        rows: [
          [{ id: 'a', face: 'a', onPress: press }],
          [{ id: 'backspace', face: '退格', label: '退格', variant: 'kb-key-action', onPress: press }],
        ],
      }),
    );
    expect(out).toBe(
      '<div class="kb kb-letters" role="group" aria-label="字母键盘">' +
        '<div class="kb-row"><button type="button" class="kb-key" data-key="a">a</button></div>' +
        '<div class="kb-row"><button type="button" class="kb-key kb-key-action" data-key="backspace" ' +
        'aria-label="退格">退格</button></div></div>',
    );
  });

  it('lays out the phone pad as one grid with an empty place, and shows the hint', () => {
    const out = html(
      React.createElement(KeyGrid, {
        className: 'kb-numeric',
        label: '数字键盘',
        layout: 'pad',
        rows: [[KEY_GAP, { id: '0', face: '0', onPress: press, disabled: true }]],
        hint: '已达到最多 18 位',
      }),
    );
    expect(out).toBe(
      '<div class="kb kb-numeric" role="group" aria-label="数字键盘"><div class="kb-pad">' +
        '<span class="kb-pad-gap" aria-hidden="true"></span>' +
        '<button type="button" class="kb-key" data-key="0" disabled="">0</button></div>' +
        '<p class="kb-hint" role="status">已达到最多 18 位</p></div>',
    );
  });

  it('is what all four keyboards draw with: every key of each sits in a KeyGrid row or pad', () => {
    const boards = [
      html(React.createElement(LetterKeyboard, { value: '', onChange: press })),
      html(React.createElement(NumericKeypad, { value: '', onChange: press, allowX: true })),
      html(React.createElement(PinyinKeyboard, { value: '', onChange: press })),
      html(React.createElement(TechKeyboard, { value: '', onChange: press })),
    ];
    for (const board of boards) {
      expect(board).toMatch(/^<div class="kb kb-[a-z]+" role="group"/);
      // Keys outside the grid rows are only the pinyin pager (上一页/下一页 in the candidate bar).
      const grid = board.slice(board.search(/<div class="kb-(row|pad)">/));
      const keys = (board.match(/class="kb-key[" ]/g) ?? []).length;
      const inGrid = (grid.match(/class="kb-key[" ]/g) ?? []).length;
      expect(keys - inGrid).toBe(board.includes('kb-pager') ? 2 : 0);
      expect(inGrid).toBeGreaterThanOrEqual(12);
    }
  });

  it("gives a name's pinyin keyboard the 间隔号 instead of digits and sentence punctuation", () => {
    const keys = (board: string): string[] => [...board.matchAll(/data-key="([^"]*)"/g)].map((m) => m[1]!);
    const text = keys(html(React.createElement(PinyinKeyboard, { value: '', onChange: press })));
    const name = keys(html(React.createElement(PinyinKeyboard, { value: '', onChange: press, names: true })));
    expect(text).toEqual(expect.arrayContaining(['1', '0', '-', '，', '。']));
    expect(text).not.toContain('·');
    expect(name).toContain('·');
    for (const key of ['1', '0', '-', '，', '。']) expect(name).not.toContain(key);
    // Every letter and the edit keys are still there.
    expect(name).toEqual(expect.arrayContaining(['q', 'a', 'z', 'backspace', 'clear']));
  });
});

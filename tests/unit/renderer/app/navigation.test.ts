import { describe, expect, it } from 'vitest';
import { currentRoute, initialNav, navReducer } from '../../../../src-renderer/app/navigation.js';

describe('the screen stack', () => {
  it('keeps what the search screen remembered for 返回, and forgets it on 首页', () => {
    let nav = navReducer(initialNav, { type: 'push', route: { name: 'search' } });
    nav = navReducer(nav, { type: 'replace', route: { name: 'search', query: '养老金怎么领' } });
    nav = navReducer(nav, { type: 'push', route: { name: 'guide', itemId: 'pension-claim' } });
    expect(nav.stack).toHaveLength(3);
    nav = navReducer(nav, { type: 'back' });
    expect(currentRoute(nav)).toEqual({ name: 'search', query: '养老金怎么领' });
    nav = navReducer(nav, { type: 'home' });
    nav = navReducer(nav, { type: 'push', route: { name: 'search' } });
    expect(currentRoute(nav)).toEqual({ name: 'search' });
  });
});

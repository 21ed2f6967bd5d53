/** Home's search entry: a large box-shaped button that opens the search, with an everyday example. */
import type { ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';
import { Icon } from './icons.js';

export function HomeSearchEntry(): ReactElement {
  const { navigate, largeText } = useKiosk();
  return (
    <button
      type="button"
      className="search-entry home-search-entry"
      data-testid="home-search"
      onClick={() => navigate({ type: 'push', route: { name: 'search' } })}
    >
      <Icon name="search" size={largeText ? 56 : 44} />
      <span>{largeText ? '搜索：您要办什么事？' : '搜索事项：输入您要办的事，如“低保要带什么”'}</span>
    </button>
  );
}

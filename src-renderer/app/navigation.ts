/** The screen stack: a kiosk has no URL bar, so navigation is plain state that a session end resets. */
import type { RatingTarget } from '../../src-main/contract/citizen.types.js';

export type Route =
  | { name: 'home' }
  | { name: 'categories' }
  /** `query`: what was typed when a result was opened, shown again on 返回. */
  | { name: 'search'; query?: string }
  | { name: 'declare-pick' }
  | { name: 'declare'; itemId: string }
  | { name: 'items'; categoryId: string }
  | { name: 'guide'; itemId: string }
  | { name: 'progress' }
  | { name: 'appointment' }
  /** 评价: from the tile (no target: choose a past case or the visit), or offered after a service. */
  | { name: 'rating'; target?: RatingTarget; title?: string }
  | { name: 'complaint' };

export interface NavState {
  stack: Route[];
}

export type NavAction =
  | { type: 'push'; route: Route }
  /** The current screen's own state, kept in the stack so that 返回 finds it again. */
  | { type: 'replace'; route: Route }
  | { type: 'back' }
  | { type: 'home' };

export const initialNav: NavState = { stack: [{ name: 'home' }] };

export function navReducer(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'push':
      return { stack: [...state.stack, action.route] };
    case 'replace':
      return { stack: [...state.stack.slice(0, -1), action.route] };
    case 'back':
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1) } : state;
    case 'home':
      return initialNav;
  }
}

export function currentRoute(state: NavState): Route {
  return state.stack[state.stack.length - 1] ?? { name: 'home' };
}

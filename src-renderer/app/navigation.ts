/** The screen stack: a kiosk has no URL bar, so navigation is plain state that a session end resets. */
export type Route =
  | { name: 'home' }
  | { name: 'categories' }
  | { name: 'search' }
  | { name: 'declare-pick' }
  | { name: 'declare'; itemId: string }
  | { name: 'items'; categoryId: string }
  | { name: 'guide'; itemId: string }
  | { name: 'notice'; title: string };

export interface NavState {
  stack: Route[];
}

export type NavAction = { type: 'push'; route: Route } | { type: 'back' } | { type: 'home' };

export const initialNav: NavState = { stack: [{ name: 'home' }] };

export function navReducer(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'push':
      return { stack: [...state.stack, action.route] };
    case 'back':
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1) } : state;
    case 'home':
      return initialNav;
  }
}

export function currentRoute(state: NavState): Route {
  return state.stack[state.stack.length - 1] ?? { name: 'home' };
}

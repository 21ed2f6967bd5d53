/**
 * Where the citizen is, as a help call names it ("guide/pension-enroll"): the route's name and, when it
 * has one, the id of what it shows. Never a personal datum, and only characters the contract accepts.
 */
import type { Route } from './navigation.js';

const SAFE_ID = /^[a-z0-9:._-]{1,60}$/i;

function idOf(route: Route): string | undefined {
  switch (route.name) {
    case 'declare':
    case 'guide':
      return route.itemId;
    case 'items':
      return route.categoryId;
    case 'rating':
      return route.target?.kind;
    default:
      return undefined;
  }
}

export function screenNameOf(route: Route): string {
  const id = idOf(route);
  // Category ids carry Chinese names (target:个人): the route's name alone says enough then.
  return id !== undefined && SAFE_ID.test(id) ? `${route.name}/${id}` : route.name;
}

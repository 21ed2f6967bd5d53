/**
 * What the citizen of the current session may rate: cases they handed in or looked up, appointments they
 * booked (好差评 is for the person served). Kept in the session object, so it ends with the session.
 */
import type { SessionService } from '../session/session.service.js';

const KEY = 'rating.grants';

/** Rating keys: 'case:<number>' (kiosk or district number), 'appointment:<number>'. */
export type RatingKey = `case:${string}` | `appointment:${string}`;
/** What the ratings table records: a case, an appointment, or a visit under the rating's own number. */
export type RatedKey = RatingKey | `visit:${string}`;

export class RatingGrants {
  constructor(private readonly session: SessionService) {}

  grant(keys: readonly RatingKey[]): void {
    const data = this.session.data();
    if (!data) return;
    const granted = (data.get(KEY) as Set<string> | undefined) ?? new Set<string>();
    for (const k of keys) granted.add(k);
    data.set(KEY, granted);
  }

  granted(keys: readonly RatingKey[]): boolean {
    const granted = this.session.data()?.get(KEY) as Set<string> | undefined;
    return granted !== undefined && keys.some((k) => granted.has(k));
  }
}

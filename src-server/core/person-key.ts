/**
 * The key under which a person's declarations are found: a hash of the ID number, so the lookup index
 * never holds the number itself (the payload holds it, as the back office needs it).
 */
import { createHash } from 'node:crypto';

export function personKey(idNumber: string): string {
  return createHash('sha256').update(`zc-person:${idNumber.trim().toUpperCase()}`).digest('hex');
}

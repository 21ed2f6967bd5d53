/**
 * A keyed hash of an ID number (HMAC-SHA256 with the device key): lets the kiosk find a person's
 * declarations by the card on the reader without keeping the number itself once a row is sent.
 */
import { createHmac } from 'node:crypto';
import type { DeviceKeyProvider } from '../store/device-key.js';

export type PersonDigest = (idNumber: string) => string;

export function personDigest(key: DeviceKeyProvider): PersonDigest {
  return (idNumber) =>
    createHmac('sha256', key()).update(`person:${idNumber.trim().toUpperCase()}`).digest('hex').slice(0, 32);
}

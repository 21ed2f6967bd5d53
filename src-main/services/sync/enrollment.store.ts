/**
 * The kiosk's enrollment with the district server, kept in the settings table under `enrollment`:
 * server URL, device id, the pinned catalog-signing key, the hall, and the device token sealed with
 * the device key (AES-256-GCM, like the outbox), so the database file alone does not give the token away.
 */
import { z } from 'zod';
import type { Hall } from '../../district/protocol.types.js';
import { DeviceKeyUnavailableError, type DeviceKeyProvider } from '../../store/device-key.js';
import { openJson, sealJson } from '../../store/sealed-box.js';
import type { SettingsRepository } from '../../store/settings.repository.js';

export const ENROLLMENT_KEY = 'enrollment';

export interface Enrollment {
  /** Base URL of the district server, e.g. "https://district.example.cn/". */
  serverUrl: string;
  deviceId: string;
  /** The bearer token (only in memory; stored sealed). */
  token: string;
  /** Ed25519 public key (SPKI PEM) pinned at enrollment; every catalog must be signed by it. */
  catalogPublicKey: string;
  hall: Hall;
  enrolledAt: string;
}

const storedSchema = z.object({
  serverUrl: z.string().url(),
  deviceId: z.string().min(1),
  /** base64 of sealJson(token). */
  tokenSealed: z.string().min(1),
  catalogPublicKey: z.string().min(1),
  hall: z.object({
    code: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  enrolledAt: z.string(),
});

export type EnrollmentRead =
  | { kind: 'none' }
  | { kind: 'ok'; enrollment: Enrollment }
  /** Stored but unreadable (the device key changed, or the value is damaged): enroll again. */
  | { kind: 'broken'; reason: string };

export class EnrollmentStore {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly key: DeviceKeyProvider,
  ) {}

  read(): EnrollmentRead {
    const raw = this.settings.get(ENROLLMENT_KEY);
    if (raw === undefined || raw === null) return { kind: 'none' };
    const parsed = storedSchema.safeParse(raw);
    if (!parsed.success) return { kind: 'broken', reason: 'stored enrollment does not match its schema' };
    let token: unknown;
    try {
      token = openJson(Buffer.from(parsed.data.tokenSealed, 'base64'), this.key());
    } catch (error) {
      // A key this process cannot open (wrapped by Electron) is not a broken enrollment: say so.
      if (error instanceof DeviceKeyUnavailableError) throw error;
      return { kind: 'broken', reason: 'device token cannot be opened with the device key' };
    }
    if (typeof token !== 'string') return { kind: 'broken', reason: 'device token is not a string' };
    const { tokenSealed: _sealed, ...rest } = parsed.data;
    return { kind: 'ok', enrollment: { ...rest, token } };
  }

  /** What is stored in clear (no token, so no device key needed); undefined when not enrolled. */
  summary(): Omit<Enrollment, 'token'> | undefined {
    const parsed = storedSchema.safeParse(this.settings.get(ENROLLMENT_KEY));
    if (!parsed.success) return undefined;
    const { tokenSealed: _sealed, ...rest } = parsed.data;
    return rest;
  }

  /** The enrollment, or undefined when there is none (or it cannot be read). */
  get(): Enrollment | undefined {
    const read = this.read();
    return read.kind === 'ok' ? read.enrollment : undefined;
  }

  /**
   * Throws when the device key cannot be used here (e.g. DeviceKeyUnavailableError): checked before a
   * one-time code is spent, so that a token is never received without a way to keep it.
   */
  assertKeyUsable(): void {
    this.key();
  }

  save(enrollment: Enrollment): void {
    const { token, ...rest } = enrollment;
    this.settings.set(ENROLLMENT_KEY, {
      ...rest,
      tokenSealed: sealJson(token, this.key()).toString('base64'),
    });
  }

  clear(): void {
    this.settings.set(ENROLLMENT_KEY, null);
  }
}

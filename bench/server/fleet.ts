/**
 * The simulated fleet: halls created and one-time codes issued through the store (what `server hall
 * create` / `code issue` do), then every kiosk enrolled over real HTTP (`POST /v1/enroll`), so each one
 * drives the load with a real device token.
 */
import { newEnrollmentCode, sha256Hex } from '../../src-server/core/tokens.js';
import type { DistrictStore } from '../../src-server/store/district.store.js';
import type { LoadClient } from './http-client.js';

export interface SimKiosk {
  index: number;
  deviceId: string;
  token: string;
  hallCode: string;
  catalogVersion: number;
  /** Its last declarations' case numbers (newest last), for case pulls. */
  cases: string[];
  /** Its last declaration's case when not yet rated. */
  unrated: string | null;
  /** A catalog sync is running (a heartbeat does not start a second). */
  syncing: boolean;
}

/** Runs `work` on every element with at most `limit` at once. */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export const hallCode = (n: number): string => `ZC${String(n + 1).padStart(4, '0')}`;

export async function enrollFleet(options: {
  store: DistrictStore;
  client: LoadClient;
  kiosks: number;
  halls: number;
  catalogVersion: number;
  now: Date;
}): Promise<{ kiosks: SimKiosk[]; enrollMs: number; enrollPerSec: number }> {
  const { store, client, now } = options;
  const at = now.toISOString();
  await inBatches(
    Array.from({ length: options.halls }, (_, n) => n),
    8,
    async (n) => {
      await store.createHall(
        { code: hallCode(n), name: `淄川区第${n + 1}便民服务站`, address: null, phone: null },
        at,
      );
    },
  );
  const codes = Array.from({ length: options.kiosks }, (_, i) => ({
    index: i,
    code: newEnrollmentCode(),
    hallCode: hallCode(i % options.halls),
  }));
  const expiresAt = new Date(now.getTime() + 86_400_000).toISOString();
  await inBatches(codes, 8, (c) =>
    store.issueEnrollmentCode({
      codeHash: sha256Hex(c.code),
      hallCode: c.hallCode,
      createdAt: at,
      expiresAt,
    }),
  );
  const kiosks: SimKiosk[] = new Array<SimKiosk>(options.kiosks);
  const start = performance.now();
  await inBatches(codes, 64, async (c) => {
    const res = await client.request('POST', '/v1/enroll', null, {
      code: c.code,
      info: { appVersion: '0.1.0', hostname: `kiosk-${c.index}` },
    });
    if (res.status !== 201) throw new Error(`enrollment ${c.index} answered ${res.status}: ${res.body}`);
    const answer = JSON.parse(res.body) as { deviceId: string; deviceToken: string };
    kiosks[c.index] = {
      index: c.index,
      deviceId: answer.deviceId,
      token: answer.deviceToken,
      hallCode: c.hallCode,
      catalogVersion: options.catalogVersion,
      cases: [],
      unrated: null,
      syncing: false,
    };
  });
  const enrollMs = performance.now() - start;
  return { kiosks, enrollMs, enrollPerSec: options.kiosks / (enrollMs / 1000) };
}

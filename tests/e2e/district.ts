/**
 * A real district server on loopback for e2e tests whose flows need it live (进度查询 online, 预约办理):
 * the reference server on a fresh SQLite file, listening on an ephemeral port, with the harness's helpers
 * (hall, codes, catalog, clock set to now), and a way to enroll a kiosk under test against it.
 */
import type { FastifyInstance } from 'fastify';
import type { KioskApp } from '../../src-main/app.js';
import { AdminPin } from '../../src-main/services/admin/admin-pin.js';
import { SETUP_DONE_KEY } from '../../src-main/services/admin/setup.service.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { buildApp } from '../../src-server/app.js';
import { catalogV1, startHarness, type Harness } from '../server/server-harness.js';

/** The admin PIN of a kiosk enrolled by LiveDistrict.enroll. */
export const HALL_PIN = '380624';

/**
 * What the technician's `kiosk provision` does after enrolling, for a kiosk a test enrolled through its
 * sync service: setup counts as done (no wizard on the screen) and the hall's own admin PIN is HALL_PIN.
 */
export async function finishAsTechnician(app: Pick<KioskApp, 'db'>): Promise<void> {
  const settings = new SettingsRepository(app.db);
  settings.set(SETUP_DONE_KEY, new Date().toISOString());
  await new AdminPin(settings).set(HALL_PIN);
}

export interface LiveDistrict {
  harness: Harness;
  url: string;
  /**
   * Enrolls the kiosk against this server as the technician's `kiosk provision` does (setup done, the
   * hall's own admin PIN HALL_PIN set, since a provisioned kiosk refuses the demo PIN) and starts its
   * sync; the kiosk then runs one full round.
   */
  enroll(app: KioskApp): Promise<void>;
  /** Stops listening (the kiosk sees the network gone); `start` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startLiveDistrict(options: { publish?: boolean } = {}): Promise<LiveDistrict> {
  const harness = await startHarness();
  harness.clock.now = new Date();
  if (options.publish === true) await harness.publish(catalogV1());
  let server: FastifyInstance | undefined = await buildApp({ store: harness.store, now: () => new Date() });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('district server has no port');
  const port = address.port;
  const district: LiveDistrict = {
    harness,
    url: `http://127.0.0.1:${port}/`,
    async enroll(app) {
      await app.sync.provision(district.url, await harness.issueCode());
      await finishAsTechnician(app);
      await app.sync.runRound();
      app.sync.start();
    },
    async stop() {
      const s = server;
      server = undefined;
      await s?.close();
    },
    async start() {
      if (server) return;
      server = await buildApp({ store: harness.store, now: () => new Date() });
      await server.listen({ host: '127.0.0.1', port });
    },
    async close() {
      await district.stop();
      await harness.close();
    },
  };
  return district;
}

/** The heartbeat (POST /v1/heartbeat): app version, device health, outbox depth and catalog version. */
import type { DistrictClient } from '../../district/district.client.js';
import type { HeartbeatAnswer } from '../../district/protocol.types.js';

/** Device health for the district's dashboard (kiosk-health.ts): free-form, never personal data. */
export type HealthProvider = () => Record<string, unknown>;

export function sendHeartbeat(deps: {
  client: DistrictClient;
  appVersion: string;
  health: HealthProvider;
  outboxDepth: number;
  catalogVersion: number;
}): Promise<HeartbeatAnswer> {
  let health: Record<string, unknown>;
  try {
    health = deps.health();
  } catch (error) {
    health = { error: 'health unavailable', type: error instanceof Error ? error.name : typeof error };
  }
  return deps.client.heartbeat({
    appVersion: deps.appVersion,
    health,
    outboxDepth: deps.outboxDepth,
    catalogVersion: deps.catalogVersion,
  });
}

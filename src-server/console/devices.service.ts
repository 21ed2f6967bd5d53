/**
 * 设备: the fleet as the console sees it — online/offline from the last heartbeat, app and catalog version,
 * outbox depth, device health read from the heartbeat's free-form `health` — with the 需要处理 filter,
 * 50 a page; enrollment codes issued the way `code issue` does; revocation through the store's
 * revokeDevice, as `device revoke`.
 */
import { kioskHealthProblems } from '../core/kiosk-health-summary.js';
import { CODE_TTL_MS, formatEnrollmentCode, newEnrollmentCode, sha256Hex } from '../core/tokens.js';
import type { DistrictStore } from '../store/district.store.js';
import type { ConsoleDevice } from './console-api.types.js';
import type { StoreSql } from '../store/store-sql.js';

/** Heartbeats come every minute: three missed ones and the kiosk counts as offline. */
export const OFFLINE_AFTER_MS = 3 * 60_000;
export const DEVICE_PAGE_SIZE = 50;

interface Row {
  id: string;
  hall_code: string;
  hall_name: string;
  revoked_at: string | null;
  heartbeat_at: string | null;
  heartbeat_app_version: string | null;
  heartbeat_outbox_depth: number | string | null;
  heartbeat_catalog_version: number | string | null;
  heartbeat_health: string | null;
  info: string;
}

export class DevicesService {
  constructor(
    private readonly sql: StoreSql,
    private readonly store: DistrictStore,
    private readonly now: () => Date,
  ) {}

  async list(
    hall: string | null,
    options: { attention: boolean; page: number },
  ): Promise<{ total: number; attention: number; rows: ConsoleDevice[] }> {
    const rows = await this.sql.all<Row>(
      `SELECT d.id, d.hall_code, h.name AS hall_name, d.revoked_at, d.heartbeat_at, d.heartbeat_app_version,
              d.heartbeat_outbox_depth, d.heartbeat_catalog_version, d.heartbeat_health, d.info
         FROM devices d JOIN halls h ON h.code = d.hall_code
        ${hall !== null ? 'WHERE d.hall_code = ?' : ''}
        ORDER BY d.hall_code, d.enrolled_at, d.id`,
      hall !== null ? [hall] : [],
    );
    const now = this.now().getTime();
    const all = rows.map((r): ConsoleDevice => {
      let health: unknown = null;
      try {
        health = r.heartbeat_health ? JSON.parse(r.heartbeat_health) : null;
      } catch {
        health = null;
      }
      let hostname: string | null = null;
      try {
        const info = JSON.parse(r.info) as { hostname?: unknown };
        hostname = typeof info.hostname === 'string' ? info.hostname : null;
      } catch {
        hostname = null;
      }
      const online = r.heartbeat_at !== null && now - Date.parse(r.heartbeat_at) < OFFLINE_AFTER_MS;
      const problems = r.revoked_at !== null ? [] : kioskHealthProblems(health);
      const outboxDepth = r.heartbeat_outbox_depth === null ? null : Number(r.heartbeat_outbox_depth);
      if (r.revoked_at === null && !online) problems.unshift(r.heartbeat_at === null ? '从未上线' : '离线');
      if (r.revoked_at === null && outboxDepth !== null && outboxDepth >= 20) problems.push('待上传积压');
      return {
        deviceId: r.id,
        hallCode: r.hall_code,
        hallName: r.hall_name,
        hostname,
        revoked: r.revoked_at !== null,
        online,
        heartbeatAt: r.heartbeat_at,
        appVersion: r.heartbeat_app_version,
        catalogVersion: r.heartbeat_catalog_version === null ? null : Number(r.heartbeat_catalog_version),
        outboxDepth,
        problems,
      };
    });
    const needing = all.filter((d) => d.problems.length > 0);
    const shown = options.attention ? needing : all;
    const start = (options.page - 1) * DEVICE_PAGE_SIZE;
    return {
      total: shown.length,
      attention: needing.length,
      rows: shown.slice(start, start + DEVICE_PAGE_SIZE),
    };
  }

  /** A one-time enrollment code for the hall, as `code issue` makes it. */
  async issueCode(hallCode: string): Promise<{ code: string; expiresAt: string } | null> {
    if (!(await this.store.getHall(hallCode))) return null;
    const now = this.now();
    const code = newEnrollmentCode();
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS).toISOString();
    await this.store.issueEnrollmentCode({
      codeHash: sha256Hex(code),
      hallCode,
      createdAt: now.toISOString(),
      expiresAt,
    });
    return { code: formatEnrollmentCode(code), expiresAt };
  }

  /** Revokes a device in scope; false when there is none. */
  async revoke(hall: string | null, deviceId: string): Promise<{ hallCode: string } | null> {
    const row = await this.sql.get<{ hall_code: string }>('SELECT hall_code FROM devices WHERE id = ?', [
      deviceId,
    ]);
    if (!row || (hall !== null && row.hall_code !== hall)) return null;
    return (await this.store.revokeDevice(deviceId, this.now().toISOString()))
      ? { hallCode: row.hall_code }
      : null;
  }
}

/**
 * Provisioning (`kiosk provision --server URL --code CODE`): trades the one-time code for a device id
 * and token, stores the enrollment (token sealed with the device key), pins the catalog key (only ever
 * over https://, loopback or the technician's explicit --insecure-http), makes the hall's identity
 * (name, code, address, phone) the kiosk's own and ends demo mode.
 */
import os from 'node:os';
import { InputError } from '../../contract/errors.js';
import { DistrictClient, type FetchLike } from '../../district/district.client.js';
import type { Logger } from '../../log/logger.js';
import type { KioskConfigInput } from '../config/config.schema.js';
import type { ConfigService } from '../config/config.service.js';
import type { Enrollment, EnrollmentStore } from './enrollment.store.js';
import type { SyncStateStore } from './sync-state.store.js';

export interface ProvisionDeps {
  enrollment: EnrollmentStore;
  state: SyncStateStore;
  config: ConfigService;
  log: Logger;
  appVersion: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  now?: () => Date;
}

/** Options of provisioning that only the technician's CLI offers (never the setup wizard). */
export interface ProvisionOptions {
  /** Allows plain http:// to a host that is not this machine (`kiosk provision --insecure-http`). */
  insecureHttp?: boolean;
}

/** 127.0.0.0/8, ::1 and localhost: plain http:// there never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * "https://host/prefix" → "https://host/prefix/"; no credentials, query or fragment. https:// only: the
 * device token and the catalog key pinned at enrollment travel over it. Plain http:// is allowed to this
 * machine (tests, a server on the kiosk itself) or with `insecureHttp`.
 */
export function normalizeServerUrl(input: string, options: ProvisionOptions = {}): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new InputError(
      'server URL does not parse',
      'server',
      '服务器地址格式不对，例如 https://district.example.cn/',
    );
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
    throw new InputError(
      'server URL must be http(s) without credentials',
      'server',
      '服务器地址应以 https:// 开头',
    );
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname) && !options.insecureHttp)
    throw new InputError(
      'plain http to a remote server',
      'server',
      '服务器地址应以 https:// 开头（加密连接）；http:// 只能用于本机地址。',
    );
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

export async function provisionKiosk(
  deps: ProvisionDeps,
  serverUrl: string,
  code: string,
  options: ProvisionOptions = {},
): Promise<Enrollment> {
  const baseUrl = normalizeServerUrl(serverUrl, options);
  deps.enrollment.assertKeyUsable();
  const client = new DistrictClient({
    baseUrl,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
  });
  const answer = await client.enroll(code, {
    appVersion: deps.appVersion,
    hostname: os.hostname().slice(0, 255),
    platform: `${process.platform}-${process.arch}`,
  });
  const enrollment: Enrollment = {
    serverUrl: baseUrl,
    deviceId: answer.deviceId,
    token: answer.deviceToken,
    catalogPublicKey: answer.catalogPublicKey,
    hall: answer.hall,
    enrolledAt: (deps.now?.() ?? new Date()).toISOString(),
  };
  // The code is spent now: keep the token first, whatever happens to the rest.
  deps.enrollment.save(enrollment);
  // A catalog synced from another server (or under another key) is not a base for deltas.
  deps.state.clearCatalog();
  applyHall(deps, answer.hall);
  // An enrolled kiosk is no demo (demo-mode.ts): no default PIN, no 演示模式 on its screen.
  deps.config.update({ demoMode: false });
  deps.log.info({ deviceId: answer.deviceId, hallCode: answer.hall.code }, 'kiosk provisioned');
  return enrollment;
}

/** The hall's identity into the config; a field the config refuses is left as it was (and logged). */
function applyHall(deps: ProvisionDeps, hall: Enrollment['hall']): void {
  const patch: Partial<KioskConfigInput> = {
    hallName: hall.name,
    hallCode: hall.code,
    hallAddress: (hall.address ?? '').slice(0, 120),
    hallPhone: (hall.phone ?? '').slice(0, 40),
  };
  try {
    deps.config.update(patch);
    return;
  } catch {
    // One field at a time, so one odd value does not keep the hall's name off the screen.
  }
  for (const [field, value] of Object.entries(patch)) {
    try {
      deps.config.update({ [field]: value });
    } catch {
      deps.log.warn({ field }, 'hall identity field refused by the config; kept the old value');
    }
  }
}

/**
 * Staff accounts of the console and their sessions. A district user sees every hall; a hall user only its
 * own. Session tokens and passwords are stored only as hashes; a session ends on logout, after 30 minutes
 * without a request, or 12 hours after login whatever its use. An account can be disabled (a leaver, a
 * leaked password) and enabled again, and its password changed: each of these ends all its sessions, and
 * a disabled account's login answers exactly as a wrong password does.
 *
 * Login tries are counted per attempted name (its sha256, in `staff_login_tries`), whether or not an
 * account has that name, so an unknown name answers, costs and locks exactly like a wrong password for a
 * real one. A try is counted by one atomic statement BEFORE the scrypt check: the fifth try since the last
 * success (or lock) starts a 15-minute lock at once, and while locked no try is verified at all, so
 * parallel tries cannot slip past the count. A right password within those five forgives the count (and
 * the lock its own try started); a wrong fifth one answers LOCKED. A count with no try for a day is
 * forgotten. scrypt runs in a few slots only (passwords.ts): a try refused for lack of one answers BUSY.
 */
import crypto from 'node:crypto';
import { sha256Hex } from '../core/tokens.js';
import type { StaffRole, StaffUser } from './console-api.types.js';
import type { StoreSql } from '../store/store-sql.js';
import {
  generatePassword,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  PasswordsBusyError,
  verifyPassword,
} from './passwords.js';

export type { StaffRole, StaffUser };

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;
export const IDLE_MS = 30 * 60_000;
/** A session ends this long after its login, however busy it is. */
export const MAX_SESSION_MS = 12 * 60 * 60_000;
/** A count of tries with no new try for this long is forgotten (and its row deleted). */
export const FORGET_TRIES_MS = 24 * 60 * 60_000;

export type LoginOutcome =
  | { ok: true; token: string; csrf: string; user: StaffUser }
  | { ok: false; reason: 'BAD_CREDENTIALS' }
  | { ok: false; reason: 'LOCKED'; lockedUntil: string }
  | { ok: false; reason: 'BUSY' };

export interface StaffSession {
  user: StaffUser;
  csrf: string;
  tokenHash: string;
}

interface SessionRow {
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  name: string;
  role: StaffRole;
  hall_code: string | null;
  /** Rows of the user in staff_disabled (0 or 1; a string or bigint on some drivers). */
  disabled: number | string;
}

interface UserRow {
  name: string;
  role: StaffRole;
  hall_code: string | null;
  password_hash: string;
}

/**
 * What an unknown name is verified against, so it costs what a real account does: a well-formed hash
 * with the parameters of hashPassword, of no password at all (its key is random bytes).
 */
const DECOY_HASH = 'scrypt$32768$8$1$3TOby3S14vSbpgzWKCSKEQ$2kRSylpqIdPjqTD0I2uerlp10Vc68SPfA1QxN9VM83Q';

export class StaffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaffError';
  }
}

const NAME = /^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,32}$/;

export class StaffService {
  constructor(
    private readonly sql: StoreSql,
    private readonly now: () => Date,
    private readonly hallExists: (code: string) => Promise<boolean>,
  ) {}

  /** Creates an account; returns the password (the given one, or a generated one to print once). */
  async createUser(input: {
    name: string;
    role: StaffRole;
    hallCode?: string;
    password?: string;
  }): Promise<{ user: StaffUser; password: string; generated: boolean }> {
    if (!NAME.test(input.name)) throw new StaffError('用户名应为 2 到 32 个字母、数字、汉字或 _ . -');
    if (input.role === 'hall' && !input.hallCode) throw new StaffError('服务中心用户须指定 --hall');
    if (input.role === 'district' && input.hallCode) throw new StaffError('区级用户不属于某个服务中心');
    if (input.hallCode && !(await this.hallExists(input.hallCode)))
      throw new StaffError(`没有服务中心 ${input.hallCode}`);
    if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH)
      throw new StaffError(`密码至少 ${MIN_PASSWORD_LENGTH} 位`);
    const password = input.password ?? generatePassword();
    const hash = await hashPassword(password);
    const inserted = await this.sql.run(
      `INSERT INTO staff_users (name, role, hall_code, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO NOTHING`,
      [input.name, input.role, input.hallCode ?? null, hash, this.now().toISOString()],
    );
    if (inserted !== 1) throw new StaffError(`用户 ${input.name} 已存在`);
    return {
      user: { name: input.name, role: input.role, hallCode: input.hallCode ?? null },
      password,
      generated: input.password === undefined,
    };
  }

  async login(name: string, password: string): Promise<LoginOutcome> {
    const now = this.now();
    const nameHash = sha256Hex(name);
    const counted = await this.countTry(nameHash, now);
    if (!counted.ok) return { ok: false, reason: 'LOCKED', lockedUntil: counted.lockedUntil };
    const row = await this.sql.get<UserRow>(
      `SELECT name, role, hall_code, password_hash FROM staff_users
        WHERE name = ? AND name NOT IN (SELECT name FROM staff_disabled)`,
      [name],
    );
    let right: boolean;
    try {
      right = await verifyPassword(password, row?.password_hash ?? DECOY_HASH);
    } catch (error) {
      // The try stays counted: it was made, and a flood must not get free ones.
      if (error instanceof PasswordsBusyError) return { ok: false, reason: 'BUSY' };
      throw error;
    }
    if (!row || !right) {
      if (counted.lockedUntil) return { ok: false, reason: 'LOCKED', lockedUntil: counted.lockedUntil };
      return { ok: false, reason: 'BAD_CREDENTIALS' };
    }
    await this.sql.run('DELETE FROM staff_login_tries WHERE name_hash = ?', [nameHash]);
    const token = crypto.randomBytes(32).toString('base64url');
    const csrf = crypto.randomBytes(24).toString('base64url');
    await this.sql.run(
      'INSERT INTO staff_sessions (token_hash, user_name, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
      [sha256Hex(token), name, csrf, now.toISOString(), now.toISOString()],
    );
    return { ok: true, token, csrf, user: { name: row.name, role: row.role, hallCode: row.hall_code } };
  }

  /**
   * Counts a try on a name before its password is checked, in one statement (atomic on both stores):
   * refused while the name is locked; the MAX_FAILED_LOGINS-th try starts the lock (its `lockedUntil`)
   * and restarts the count. Counts idle for FORGET_TRIES_MS are deleted first.
   */
  private async countTry(
    nameHash: string,
    now: Date,
  ): Promise<{ ok: true; lockedUntil: string | null } | { ok: false; lockedUntil: string }> {
    const at = now.toISOString();
    await this.sql.run(
      'DELETE FROM staff_login_tries WHERE last_try_at < ? AND (locked_until IS NULL OR locked_until <= ?)',
      [new Date(now.getTime() - FORGET_TRIES_MS).toISOString(), at],
    );
    const lockUntil = new Date(now.getTime() + LOCK_MS).toISOString();
    const counted = await this.sql.get<{ locked_until: string | null }>(
      `INSERT INTO staff_login_tries (name_hash, tries, locked_until, last_try_at) VALUES (?, 1, NULL, ?)
       ON CONFLICT (name_hash) DO UPDATE
          SET tries = CASE WHEN staff_login_tries.tries + 1 >= ? THEN 0 ELSE staff_login_tries.tries + 1 END,
              locked_until = CASE WHEN staff_login_tries.tries + 1 >= ? THEN ? ELSE NULL END,
              last_try_at = excluded.last_try_at
        WHERE staff_login_tries.locked_until IS NULL OR staff_login_tries.locked_until <= ?
       RETURNING locked_until`,
      [nameHash, at, MAX_FAILED_LOGINS, MAX_FAILED_LOGINS, lockUntil, at],
    );
    if (counted) return { ok: true, lockedUntil: counted.locked_until };
    const locked = await this.sql.get<{ locked_until: string | null }>(
      'SELECT locked_until FROM staff_login_tries WHERE name_hash = ?',
      [nameHash],
    );
    // Gone in between (a right password in flight forgave the count): this try was refused all the same.
    return { ok: false, lockedUntil: locked?.locked_until ?? lockUntil };
  }

  /** The live session of a token, its idle clock restarted; null when unknown, ended or idle too long. */
  async session(token: string): Promise<StaffSession | null> {
    const tokenHash = sha256Hex(token);
    const row = await this.liveRow(tokenHash);
    if (!row) return null;
    await this.sql.run('UPDATE staff_sessions SET last_seen_at = ? WHERE token_hash = ?', [
      this.now().toISOString(),
      tokenHash,
    ]);
    return {
      user: { name: row.name, role: row.role, hallCode: row.hall_code },
      csrf: row.csrf_token,
      tokenHash,
    };
  }

  /** Whether a session is still live, without restarting its idle clock (what an open stream asks). */
  async isLive(tokenHash: string): Promise<boolean> {
    return (await this.liveRow(tokenHash)) !== undefined;
  }

  /** A session's row with its user's, when live; an ended one (idle, too old, user disabled) is deleted. */
  private async liveRow(tokenHash: string): Promise<SessionRow | undefined> {
    const row = await this.sql.get<SessionRow>(
      `SELECT s.csrf_token, s.created_at, s.last_seen_at, u.name, u.role, u.hall_code,
              (SELECT COUNT(*) FROM staff_disabled d WHERE d.name = u.name) AS disabled
         FROM staff_sessions s JOIN staff_users u ON u.name = s.user_name WHERE s.token_hash = ?`,
      [tokenHash],
    );
    if (!row) return undefined;
    const now = this.now().getTime();
    const ended =
      Number(row.disabled) > 0 ||
      Date.parse(row.last_seen_at) + IDLE_MS <= now ||
      Date.parse(row.created_at) + MAX_SESSION_MS <= now;
    if (!ended) return row;
    await this.sql.run('DELETE FROM staff_sessions WHERE token_hash = ?', [tokenHash]);
    return undefined;
  }

  /**
   * Disables an account and ends its sessions (returns how many); its login then answers as a wrong
   * password does.
   */
  async disableUser(name: string): Promise<number> {
    await this.requireUser(name);
    await this.sql.run(
      'INSERT INTO staff_disabled (name, disabled_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
      [name, this.now().toISOString()],
    );
    return this.endSessions(name);
  }

  /** Lets a disabled account sign in again (with its password as it was). */
  async enableUser(name: string): Promise<void> {
    await this.requireUser(name);
    await this.sql.run('DELETE FROM staff_disabled WHERE name = ?', [name]);
  }

  /** Sets an account's password (the given one, or a generated one to print once) and ends its sessions. */
  async setPassword(name: string, password?: string): Promise<{ password: string; generated: boolean }> {
    await this.requireUser(name);
    if (password !== undefined && password.length < MIN_PASSWORD_LENGTH)
      throw new StaffError(`密码至少 ${MIN_PASSWORD_LENGTH} 位`);
    const next = password ?? generatePassword();
    await this.sql.run('UPDATE staff_users SET password_hash = ? WHERE name = ?', [
      await hashPassword(next),
      name,
    ]);
    await this.endSessions(name);
    return { password: next, generated: password === undefined };
  }

  /** Ends every session of an account; returns how many there were. */
  async endSessions(name: string): Promise<number> {
    return this.sql.run('DELETE FROM staff_sessions WHERE user_name = ?', [name]);
  }

  private async requireUser(name: string): Promise<void> {
    const row = await this.sql.get<{ name: string }>('SELECT name FROM staff_users WHERE name = ?', [name]);
    if (!row) throw new StaffError(`没有用户 ${name}`);
  }

  async logout(tokenHash: string): Promise<void> {
    await this.sql.run('DELETE FROM staff_sessions WHERE token_hash = ?', [tokenHash]);
  }
}

/** The hall a user may see, or null for all halls. */
export const hallScope = (user: StaffUser): string | null =>
  user.role === 'district' ? null : user.hallCode;

/**
 * Staff accounts of the console and their sessions. A district user sees every hall; a hall user only its
 * own. Five wrong passwords in a row lock the account for 15 minutes (the lock answers like a wrong
 * password would, plus when to retry); a session ends on logout or after 30 minutes without a request.
 * Session tokens and passwords are stored only as hashes.
 */
import crypto from 'node:crypto';
import { sha256Hex } from '../core/tokens.js';
import type { StaffRole, StaffUser } from './console-api.types.js';
import type { StoreSql } from '../store/store-sql.js';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';

export type { StaffRole, StaffUser };

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;
export const IDLE_MS = 30 * 60_000;

export type LoginOutcome =
  | { ok: true; token: string; csrf: string; user: StaffUser }
  | { ok: false; reason: 'BAD_CREDENTIALS' }
  | { ok: false; reason: 'LOCKED'; lockedUntil: string };

export interface StaffSession {
  user: StaffUser;
  csrf: string;
  tokenHash: string;
}

interface UserRow {
  name: string;
  role: StaffRole;
  hall_code: string | null;
  password_hash: string;
  failed_logins: number | string;
  locked_until: string | null;
}

/** A hash to verify against when the name is unknown, so both cases cost the same. */
let decoyHash: Promise<string> | undefined;

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
    const row = await this.sql.get<UserRow>('SELECT * FROM staff_users WHERE name = ?', [name]);
    if (!row) {
      decoyHash ??= hashPassword(generatePassword());
      await verifyPassword(password, await decoyHash);
      return { ok: false, reason: 'BAD_CREDENTIALS' };
    }
    if (row.locked_until && Date.parse(row.locked_until) > now.getTime())
      return { ok: false, reason: 'LOCKED', lockedUntil: row.locked_until };
    if (!(await verifyPassword(password, row.password_hash))) {
      const lockedUntil = new Date(now.getTime() + LOCK_MS).toISOString();
      // One statement: concurrent wrong tries each count, and the fifth one sets the lock.
      await this.sql.run(
        `UPDATE staff_users
            SET failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END
          WHERE name = ?`,
        [MAX_FAILED_LOGINS, MAX_FAILED_LOGINS, lockedUntil, name],
      );
      const after = await this.sql.get<{ locked_until: string | null }>(
        'SELECT locked_until FROM staff_users WHERE name = ?',
        [name],
      );
      if (after?.locked_until && Date.parse(after.locked_until) > now.getTime())
        return { ok: false, reason: 'LOCKED', lockedUntil: after.locked_until };
      return { ok: false, reason: 'BAD_CREDENTIALS' };
    }
    await this.sql.run('UPDATE staff_users SET failed_logins = 0, locked_until = NULL WHERE name = ?', [
      name,
    ]);
    const token = crypto.randomBytes(32).toString('base64url');
    const csrf = crypto.randomBytes(24).toString('base64url');
    await this.sql.run(
      'INSERT INTO staff_sessions (token_hash, user_name, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
      [sha256Hex(token), name, csrf, now.toISOString(), now.toISOString()],
    );
    return { ok: true, token, csrf, user: { name: row.name, role: row.role, hallCode: row.hall_code } };
  }

  /** The live session of a token, its idle clock restarted; null when unknown or idle too long. */
  async session(token: string): Promise<StaffSession | null> {
    const tokenHash = sha256Hex(token);
    const row = await this.sql.get<{
      csrf_token: string;
      last_seen_at: string;
      name: string;
      role: StaffRole;
      hall_code: string | null;
    }>(
      `SELECT s.csrf_token, s.last_seen_at, u.name, u.role, u.hall_code
         FROM staff_sessions s JOIN staff_users u ON u.name = s.user_name WHERE s.token_hash = ?`,
      [tokenHash],
    );
    if (!row) return null;
    const now = this.now();
    if (Date.parse(row.last_seen_at) + IDLE_MS <= now.getTime()) {
      await this.sql.run('DELETE FROM staff_sessions WHERE token_hash = ?', [tokenHash]);
      return null;
    }
    await this.sql.run('UPDATE staff_sessions SET last_seen_at = ? WHERE token_hash = ?', [
      now.toISOString(),
      tokenHash,
    ]);
    return {
      user: { name: row.name, role: row.role, hallCode: row.hall_code },
      csrf: row.csrf_token,
      tokenHash,
    };
  }

  async logout(tokenHash: string): Promise<void> {
    await this.sql.run('DELETE FROM staff_sessions WHERE token_hash = ?', [tokenHash]);
  }
}

/** The hall a user may see, or null for all halls. */
export const hallScope = (user: StaffUser): string | null =>
  user.role === 'district' ? null : user.hallCode;

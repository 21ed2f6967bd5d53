/**
 * Hall admin mode: entered with the PIN from the hidden corner, tied to the citizen session (entering
 * starts or uses one; it closes when that session ends: 退出, idle timeout or hall closing). Five wrong
 * PINs lock entry for five minutes for the whole kiosk. Every try is written to the audit log.
 */
import type { AdminSession } from '../../contract/admin.types.js';
import { InputError, LockedError, UnauthorizedError } from '../../contract/errors.js';
import type { Logger } from '../../log/logger.js';
import type { AuditRepository } from '../../store/audit.repository.js';
import { AttemptLimiter, type LimiterStateStore } from '../attempt-limiter.js';
import type { KioskConfig } from '../config/config.schema.js';
import type { SessionService } from '../session/session.service.js';
import { DEFAULT_PIN, sameSecret, type AdminPin } from './admin-pin.js';

export const ADMIN_MAX_FAILURES = 5;
export const ADMIN_LOCK_MS = 5 * 60_000;

/** The settings key keeping the PIN lock across restarts. */
export const ADMIN_LOCK_KEY = 'admin.pinLock';

export function adminLimiter(now?: () => number, store?: LimiterStateStore): AttemptLimiter {
  return new AttemptLimiter({
    maxFailures: ADMIN_MAX_FAILURES,
    lockMs: ADMIN_LOCK_MS,
    lockedMessage: '管理密码错误次数过多，请 {minutes} 分钟后再试。',
    ...(now ? { now } : {}),
    ...(store ? { store } : {}),
  });
}

export interface AdminModeDeps {
  pin: AdminPin;
  session: SessionService;
  config: () => KioskConfig;
  audit: AuditRepository;
  limiter: AttemptLimiter;
  log: Logger;
}

export class AdminMode {
  /** The citizen session admin mode belongs to. */
  private sessionId: string | null = null;

  constructor(private readonly deps: AdminModeDeps) {
    deps.session.onEnd((reason) => {
      if (this.sessionId === null) return;
      this.sessionId = null;
      deps.audit.add(
        'admin.close',
        reason === 'idle' ? '无操作超时，管理模式已关闭' : '会话结束，管理模式已关闭',
      );
    });
  }

  /** Whether the PIN in use is still the demo's default (no PIN ever set). */
  defaultPin(): boolean {
    return !this.deps.pin.isSet();
  }

  isOpen(): boolean {
    return this.sessionId !== null && this.deps.session.state()?.sessionId === this.sessionId;
  }

  state(): AdminSession {
    const session = this.deps.session.state();
    const active = this.isOpen() && session !== undefined;
    return {
      active,
      expiresAt: active ? session.idleDeadline + this.deps.session.countdownMs() : null,
      defaultPin: this.defaultPin(),
    };
  }

  /**
   * Checks a PIN against the stored one (or the demo default); the try is counted before the scrypt
   * verification, so parallel tries cannot outrun the lock.
   */
  async checkPin(pin: string, action: string): Promise<void> {
    const { limiter, audit } = this.deps;
    const useDefault = !this.deps.pin.isSet();
    if (useDefault && !this.deps.config().demoMode) {
      audit.add(action, '尚未设置管理密码，拒绝进入');
      throw new UnauthorizedError(
        'no admin PIN set outside demo mode',
        '本终端尚未设置管理密码，请先完成初始设置。',
      );
    }
    let attempt;
    try {
      attempt = limiter.begin();
    } catch (error) {
      audit.add(action, '已锁定，拒绝尝试');
      throw error;
    }
    const ok = useDefault ? sameSecret(pin, DEFAULT_PIN) : await this.deps.pin.verify(pin);
    if (ok) {
      attempt.succeed();
      return;
    }
    const left = attempt.fail();
    if (left === 0) {
      audit.add(action, `密码错误，已锁定 ${ADMIN_LOCK_MS / 60_000} 分钟`);
      this.deps.log.warn({ action }, 'admin PIN locked after wrong tries');
      limiter.check();
      throw new LockedError('admin PIN locked', new Date(Date.now() + ADMIN_LOCK_MS));
    }
    audit.add(action, `密码错误，还可再试 ${left} 次`);
    throw new InputError('wrong admin PIN', 'pin', `密码不正确，还可以再试 ${left} 次。`);
  }

  async enter(pin: string): Promise<AdminSession> {
    await this.checkPin(pin, 'admin.enter.failed');
    const session = this.deps.session.activity();
    this.sessionId = session.sessionId;
    this.deps.audit.add('admin.enter', this.defaultPin() ? '进入管理模式（默认密码）' : '进入管理模式');
    this.deps.log.info({ code: 'admin-enter' }, 'admin mode entered');
    return this.state();
  }

  /** A touch in admin mode: keeps the session (and so admin mode) open. */
  touch(): AdminSession {
    if (this.isOpen()) this.deps.session.activity();
    return this.state();
  }

  exit(): AdminSession {
    if (this.sessionId !== null) {
      this.sessionId = null;
      this.deps.audit.add('admin.exit', '退出管理模式');
    }
    return this.state();
  }
}

/**
 * Hall admin mode: entered with the PIN from the hidden corner, tied to the citizen session (entering
 * starts or uses one; it closes when that session ends: 退出, idle timeout or hall closing). Five wrong
 * PINs lock entry for five minutes for the whole kiosk. Every try is written to the audit log.
 *
 * Which secret opens it: the hall's PIN once one is set; before that, the default PIN 123456 on a demo
 * kiosk only (demo-mode.ts), and on a provisioned kiosk the one-time code `kiosk provision` printed, which
 * opens nothing but 设置管理密码 (`setFirstPin`) and is forgotten once the PIN is set.
 */
import type { AdminSession } from '../../contract/admin.types.js';
import { ConflictError, InputError, LockedError, UnauthorizedError } from '../../contract/errors.js';
import type { Logger } from '../../log/logger.js';
import type { AuditRepository } from '../../store/audit.repository.js';
import { AttemptLimiter, type LimiterStateStore } from '../attempt-limiter.js';
import type { SessionService } from '../session/session.service.js';
import { DEFAULT_PIN, sameSecret, type AdminPin } from './admin-pin.js';

/** What opened admin mode. */
type Opener = 'pin' | 'default' | 'code';

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
  /** The one-time code of a provisioned kiosk with no PIN yet (ADMIN_CODE_KEY). */
  oneTimeCode: AdminPin;
  /** The demo rule (demo-mode.ts): only a demo kiosk accepts the default PIN. */
  demo: () => boolean;
  session: SessionService;
  audit: AuditRepository;
  limiter: AttemptLimiter;
  log: Logger;
}

export class AdminMode {
  /** The citizen session admin mode belongs to. */
  private sessionId: string | null = null;
  /** Entered with the one-time code: only 设置管理密码 until a PIN is set. */
  private pinSetup = false;

  constructor(private readonly deps: AdminModeDeps) {
    deps.session.onEnd((reason) => {
      if (this.sessionId === null) return;
      this.sessionId = null;
      this.pinSetup = false;
      deps.audit.add(
        'admin.close',
        reason === 'idle' ? '无操作超时，管理模式已关闭' : '会话结束，管理模式已关闭',
      );
    });
  }

  /** Whether the PIN in use is still the demo's default (a demo kiosk with no PIN ever set). */
  defaultPin(): boolean {
    return !this.deps.pin.isSet() && this.deps.demo();
  }

  /** Open with the one-time code: every admin action but setting the PIN waits for it. */
  pinSetupRequired(): boolean {
    return this.isOpen() && this.pinSetup;
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
      pinSetupRequired: active && this.pinSetup,
    };
  }

  /**
   * Checks a PIN against the stored one (or the demo default); the try is counted before the scrypt
   * verification, so parallel tries cannot outrun the lock.
   */
  async checkPin(pin: string, action: string): Promise<Opener> {
    const { limiter, audit } = this.deps;
    const opener: Opener | null = this.deps.pin.isSet()
      ? 'pin'
      : this.deps.demo()
        ? 'default'
        : this.deps.oneTimeCode.isSet()
          ? 'code'
          : null;
    if (opener === null) {
      audit.add(action, '尚未设置管理密码，拒绝进入');
      throw new UnauthorizedError(
        'no admin PIN and no one-time code outside demo mode',
        '本终端尚未设置管理密码：请完成初始设置，或由技术人员运行 kiosk admin-code 取得一次性密码。',
      );
    }
    let attempt;
    try {
      attempt = limiter.begin();
    } catch (error) {
      audit.add(action, '已锁定，拒绝尝试');
      throw error;
    }
    const ok =
      opener === 'default'
        ? sameSecret(pin, DEFAULT_PIN)
        : await (opener === 'pin' ? this.deps.pin : this.deps.oneTimeCode).verify(pin);
    if (ok) {
      attempt.succeed();
      return opener;
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
    const opener = await this.checkPin(pin, 'admin.enter.failed');
    const session = this.deps.session.activity();
    this.sessionId = session.sessionId;
    this.pinSetup = opener === 'code';
    this.deps.audit.add(
      'admin.enter',
      opener === 'default'
        ? '进入管理模式（默认密码）'
        : opener === 'code'
          ? '进入管理模式（一次性密码，须设置管理密码）'
          : '进入管理模式',
    );
    this.deps.log.info({ code: 'admin-enter' }, 'admin mode entered');
    return this.state();
  }

  /** A touch in admin mode: keeps the session (and so admin mode) open. */
  touch(): AdminSession {
    if (this.isOpen()) this.deps.session.activity();
    return this.state();
  }

  /** 设置管理密码 after entering with the one-time code: the PIN is set and the code forgotten. */
  async setFirstPin(next: string): Promise<AdminSession> {
    if (!this.pinSetupRequired())
      throw new ConflictError('no first PIN to set', '管理密码已设置，请在“系统”中修改。');
    await this.deps.pin.set(next);
    this.deps.oneTimeCode.clear();
    this.pinSetup = false;
    this.deps.log.info({ code: 'admin-pin-set' }, 'first admin PIN set; one-time code spent');
    return this.state();
  }

  exit(): AdminSession {
    if (this.sessionId !== null) {
      this.sessionId = null;
      this.pinSetup = false;
      this.deps.audit.add('admin.exit', '退出管理模式');
    }
    return this.state();
  }
}

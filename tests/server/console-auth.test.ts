/**
 * The console's staff accounts on both stores: `user create` (generated password printed once, stored as
 * an scrypt hash), `user disable|enable|passwd` (each ending the account's sessions), login with an
 * HttpOnly SameSite=Strict cookie, CSRF and origin checks, lockout, idle and age expiry, logout, answers
 * never cached, device tokens refused, hall scoping, and the audit log of views and changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/cli/cli.js';
import {
  IDLE_MS,
  LOCK_MS,
  MAX_FAILED_LOGINS,
  MAX_SESSION_MS,
} from '../../src-server/console/staff.service.js';
import { HALL_B, PASSWORD, startConsoleHarness, type ConsoleHarness } from './console-fixture.js';
import { HALL, STORE_KINDS, bearer } from './server-harness.js';

let h: ConsoleHarness;
afterEach(async () => h?.close());

describe.each(STORE_KINDS)('console accounts (%s)', (kind) => {
  it('user create prints a generated password once and keeps only its scrypt hash', async () => {
    h = await startConsoleHarness(kind);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    const code = await runCli(['user', 'create', '--name', 'quzhang', '--role', 'district', '--db', h.db], {
      io,
      now: () => h.clock.now,
    });
    expect(err.join('\n')).toBe('');
    expect(code).toBe(0);
    const line = out.find((l) => l.includes('初始密码')) ?? '';
    const password = line.split(': ')[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(await h.dump()).not.toContain(password);
    const [row] = await h.rows<{ password_hash: string }>(
      'SELECT password_hash FROM staff_users WHERE name = ?',
      'quzhang',
    );
    expect(row?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(h.login('quzhang', password)).resolves.toBeTruthy();

    // A hall user needs an existing hall; a repeat name is refused.
    expect(
      await runCli(
        ['user', 'create', '--name', 'zhanzhang', '--role', 'hall', '--hall', 'NOPE', '--db', h.db],
        { io },
      ),
    ).toBe(1);
    expect(err.at(-1)).toContain('没有服务中心');
    expect(
      await runCli(
        [
          'user',
          'create',
          '--name',
          'quzhang',
          '--role',
          'district',
          '--password',
          'abcdefghijk',
          '--db',
          h.db,
        ],
        { io },
      ),
    ).toBe(1);
    expect(err.at(-1)).toContain('已存在');
  });

  it('login sets an HttpOnly SameSite=Strict cookie; changes need the CSRF token and our origin', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('quzhang', 'district');
    const res = await h.app.inject({
      method: 'POST',
      url: '/console/api/login',
      payload: { name: 'quzhang', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^console_session=[A-Za-z0-9_-]{43}; Path=\/console; HttpOnly; SameSite=Strict$/);

    const staff = await h.login('quzhang');
    expect((await staff.get('/console/api/session')).json()).toMatchObject({ user: { name: 'quzhang' } });
    // No CSRF token, a wrong one, or a foreign origin: refused before anything changes.
    const bare = await h.app.inject({
      method: 'POST',
      url: '/console/api/logout',
      headers: { cookie: staff.cookie },
    });
    expect(bare.statusCode).toBe(403);
    expect(bare.json<{ error: { message: string } }>().error.message).toMatch(/刷新/);
    expect(
      (await staff.post('/console/api/logout', undefined, { 'x-csrf-token': 'x'.repeat(32) })).statusCode,
    ).toBe(403);
    expect(
      (await staff.post('/console/api/logout', undefined, { origin: 'https://evil.example' })).statusCode,
    ).toBe(403);
    const login = await h.app.inject({
      method: 'POST',
      url: '/console/api/login',
      headers: { origin: 'https://evil.example' },
      payload: { name: 'quzhang', password: PASSWORD },
    });
    expect(login.statusCode).toBe(403);

    // Logout ends the session.
    expect((await staff.post('/console/api/logout')).statusCode).toBe(200);
    expect((await staff.get('/console/api/session')).statusCode).toBe(401);
  });

  it('locks an account after five wrong passwords, for 15 minutes', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const attempt = (password: string) =>
      h.app.inject({ method: 'POST', url: '/console/api/login', payload: { name: 'zhanzhang', password } });
    for (let i = 1; i < MAX_FAILED_LOGINS; i++)
      expect((await attempt('wrong-password')).statusCode).toBe(401);
    const locked = await attempt('wrong-password');
    expect(locked.statusCode).toBe(423);
    expect(locked.json<{ error: { message: string } }>().error.message).toContain('锁定');
    expect((await attempt(PASSWORD)).statusCode).toBe(423);
    h.clock.now = new Date(h.clock.now.getTime() + LOCK_MS + 1000);
    expect((await attempt(PASSWORD)).statusCode).toBe(200);
    // Unknown names answer like wrong passwords.
    const unknown = await h.app.inject({
      method: 'POST',
      url: '/console/api/login',
      payload: { name: 'nobody', password: 'whatever' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json<{ error: { message: string } }>().error.message).toBe('用户名或密码不对');
  });

  it('ends a session idle for 30 minutes; a request restarts the idle clock', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('quzhang', 'district');
    const staff = await h.login('quzhang');
    h.clock.now = new Date(h.clock.now.getTime() + IDLE_MS - 60_000);
    expect((await staff.get('/console/api/session')).statusCode).toBe(200);
    h.clock.now = new Date(h.clock.now.getTime() + IDLE_MS - 60_000);
    expect((await staff.get('/console/api/session')).statusCode).toBe(200);
    h.clock.now = new Date(h.clock.now.getTime() + IDLE_MS);
    const expired = await staff.get('/console/api/session');
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ error: { message: string } }>().error.message).toContain('登录');
  });

  it('ends a session 12 hours after login, however busy', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('quzhang', 'district');
    const staff = await h.login('quzhang');
    const loggedIn = h.clock.now.getTime();
    for (let t = IDLE_MS / 2; t < MAX_SESSION_MS; t += IDLE_MS / 2) {
      h.clock.now = new Date(loggedIn + t);
      expect((await staff.get('/console/api/session')).statusCode).toBe(200);
    }
    h.clock.now = new Date(loggedIn + MAX_SESSION_MS);
    expect((await staff.get('/console/api/session')).statusCode).toBe(401);
    await expect(h.login('quzhang')).resolves.toBeTruthy();
  });

  it('user disable ends the sessions and refuses the login like a wrong password; enable and passwd', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const first = await h.login('zhanzhang');
    const second = await h.login('zhanzhang');
    const out: string[] = [];
    const err: string[] = [];
    const cli = (...args: string[]) =>
      runCli(['user', ...args, '--db', h.db], {
        io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) },
        now: () => h.clock.now,
      });

    expect(await cli('disable', '--name', 'zhanzhang')).toBe(0);
    expect(out.at(-1)).toContain('结束了 2 个登录');
    for (const staff of [first, second]) expect((await staff.get('/console/api/cases')).statusCode).toBe(401);
    const refused = await h.app.inject({
      method: 'POST',
      url: '/console/api/login',
      payload: { name: 'zhanzhang', password: PASSWORD },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json<{ error: { message: string } }>().error.message).toBe('用户名或密码不对');

    expect(await cli('enable', '--name', 'zhanzhang')).toBe(0);
    const again = await h.login('zhanzhang');
    expect((await again.get('/console/api/session')).statusCode).toBe(200);

    // A new password, generated and printed once: the old one and the sessions it opened are gone.
    expect(await cli('passwd', '--name', 'zhanzhang')).toBe(0);
    const password = out.find((l) => l.startsWith('新密码'))?.split(': ')[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    expect((await again.get('/console/api/session')).statusCode).toBe(401);
    await expect(h.login('zhanzhang')).rejects.toThrow(/401/);
    await expect(h.login('zhanzhang', password)).resolves.toBeTruthy();
    expect(await h.dump()).not.toContain(password);

    expect(await cli('disable', '--name', 'nobody')).toBe(1);
    expect(err.at(-1)).toContain('没有用户 nobody');
    expect(await cli('passwd', '--name', 'zhanzhang', '--password', 'short')).toBe(1);
  });

  it('answers of the console API are never cached nor sniffed', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('quzhang', 'district');
    const staff = await h.login('quzhang');
    await h.declare((await h.kiosk()).token);
    for (const url of ['/console/api/session', '/console/api/cases', '/console/api/nope']) {
      const res = await staff.get(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('never lets a device token in', async () => {
    h = await startConsoleHarness(kind);
    const kiosk = await h.kiosk();
    for (const url of ['/console/api/session', '/console/api/cases', '/console/api/help'])
      expect((await h.app.inject({ method: 'GET', url, headers: bearer(kiosk.token) })).statusCode).toBe(401);
  });

  it('shows a hall user its own hall only, and audits every view of personal data and every change', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('quzhang', 'district');
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const here = await h.kiosk(HALL.code);
    const there = await h.kiosk(HALL_B.code);
    const mine = await h.declare(here.token, '生育登记');
    const theirs = await h.declare(there.token);
    await h.callHelp(there.token, HALL_B.code);

    const hallUser = await h.login('zhanzhang');
    const list = (await hallUser.get('/console/api/cases')).json<{
      rows: { caseNumber: string }[];
      total: number;
    }>();
    expect(list.rows.map((r) => r.caseNumber)).toEqual([mine]);
    expect(JSON.stringify(list)).not.toContain('370302');
    expect((await hallUser.get(`/console/api/cases/${theirs}`)).statusCode).toBe(404);
    expect((await hallUser.get(`/console/api/cases?hall=${HALL_B.code}`)).statusCode).toBe(403);
    expect((await hallUser.get('/console/api/help')).json<{ calls: unknown[] }>().calls).toEqual([]);
    expect(
      (await hallUser.post(`/console/api/cases/${theirs}/status`, { status: '已受理' })).statusCode,
    ).toBe(404);
    expect((await hallUser.get('/console/api/audit')).statusCode).toBe(403);

    const opened = (await hallUser.get(`/console/api/cases/${mine}`)).json<{
      case: { applicant: { idNumber: string }; status: string };
    }>();
    expect(opened.case.applicant.idNumber).toBe('370302199001010029');
    const set = await hallUser.post(`/console/api/cases/${mine}/status`, {
      status: '已受理',
      note: '材料齐全',
    });
    expect(set.statusCode).toBe(200);

    // The kiosk's case pull sees the new status.
    const [pulled] = await h.client(here.token).cases([mine]);
    expect(pulled?.status).toBe('已受理');
    expect(pulled?.history.at(-1)).toMatchObject({ status: '已受理', note: '材料齐全' });

    const district = await h.login('quzhang');
    expect((await district.get('/console/api/cases')).json<{ total: number }>().total).toBe(2);
    expect(
      (await district.get(`/console/api/cases?hall=${HALL_B.code}`)).json<{
        rows: { caseNumber: string }[];
      }>().rows,
    ).toEqual([expect.objectContaining({ caseNumber: theirs })]);
    const audit = (await district.get('/console/api/audit')).json<{
      entries: { user: string; action: string; target: string; detail: string | null }[];
    }>();
    expect(audit.entries.map((e) => [e.user, e.action, e.target])).toEqual(
      expect.arrayContaining([
        ['zhanzhang', 'case.view', mine],
        ['zhanzhang', 'case.status', mine],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('370302');
    expect(JSON.stringify(audit)).not.toContain('韩红英');
  });
});

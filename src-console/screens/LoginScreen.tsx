/** 登录: name and password; a wrong password, a locked account or a network failure says so in Chinese. */
import { useState, type FormEvent, type ReactElement } from 'react';
import type { SessionAnswer } from '../../src-server/console/console-api.types.js';
import { api, ConsoleApiError } from '../api.js';

export function LoginScreen({
  notice,
  onSignedIn,
}: {
  notice: string | null;
  onSignedIn: (answer: SessionAnswer) => void;
}): ReactElement {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    api.post<SessionAnswer>('login', { name, password }).then(
      (answer) => {
        setBusy(false);
        onSignedIn(answer);
      },
      (failure: unknown) => {
        setBusy(false);
        setPassword('');
        setError(failure instanceof ConsoleApiError ? failure.message : '登录没有成功，请重试');
      },
    );
  };

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">淄川区便民服务管理台</h1>
        <p className="login-lead">工作人员登录</p>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <label htmlFor="login-name">用户名</label>
        <input
          id="login-name"
          name="username"
          autoComplete="username"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <label htmlFor="login-password">密码</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? '正在登录……' : '登录'}
        </button>
      </form>
    </main>
  );
}

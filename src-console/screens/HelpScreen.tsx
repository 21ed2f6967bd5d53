/**
 * 呼叫帮办: the hall's help calls, live (server-sent events). A new call rings (a short tone made with Web
 * Audio, switchable) and is announced to screen readers; 接单 tells the kiosk 工作人员马上到. Closed calls of
 * the last day stay below with the day's figures.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type {
  ConsoleHelpCall,
  HelpCallsAnswer,
  StaffUser,
} from '../../src-server/console/console-api.types.js';
import { api, ConsoleApiError, signedOut } from '../api.js';
import { age, chinaClock } from '../format.js';

const SCREEN_NAMES: Record<string, string> = {
  home: '首页',
  search: '查找事项',
  guide: '办事指南',
  declare: '自助申报',
  progress: '进度查询',
  appointment: '预约办理',
  rating: '好差评',
  complaint: '投诉建议',
};

const screenName = (screen: string): string => {
  const [head = ''] = screen.split('/');
  return SCREEN_NAMES[head] ?? screen;
};

function ring(): void {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.6);
    tone.onended = () => void audio.close();
  } catch {
    // No audio device: the visual alert and the announcement remain.
  }
}

export function HelpScreen({ user }: { user: StaffUser }): ReactElement {
  const [calls, setCalls] = useState<ConsoleHelpCall[] | null>(null);
  const [live, setLive] = useState(false);
  const [sound, setSound] = useState(true);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const known = useRef<Set<string> | null>(null);
  const soundRef = useRef(sound);
  soundRef.current = sound;

  useEffect(() => {
    const source = new EventSource('/console/api/help/events');
    source.addEventListener('open', () => setLive(true));
    source.addEventListener('error', () => setLive(false));
    // The session ended while the stream was open (logout elsewhere, expiry, account disabled).
    source.addEventListener('signed-out', () => {
      source.close();
      setLive(false);
      signedOut();
    });
    source.addEventListener('calls', (event) => {
      const answer = JSON.parse((event as MessageEvent<string>).data) as HelpCallsAnswer;
      const fresh = answer.calls.filter((c) => c.state === 'open' && !known.current?.has(c.callId));
      if (known.current !== null && fresh.length > 0) {
        if (soundRef.current) {
          ring();
          // How many times it rang: a test reads it.
          document.body.dataset['rings'] = String(Number(document.body.dataset['rings'] ?? '0') + 1);
        }
        setAnnounce(`新的呼叫：${fresh.map((c) => `${c.hallName} ${screenName(c.screen)}`).join('，')}`);
      }
      known.current = new Set(answer.calls.map((c) => c.callId));
      setLive(true);
      setCalls(answer.calls);
      document.body.dataset['helpCalls'] = String(answer.calls.length);
    });
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => {
      source.close();
      clearInterval(timer);
    };
  }, []);

  const accept = (call: ConsoleHelpCall): void => {
    setError(null);
    api.post<{ call: ConsoleHelpCall }>(`help/${encodeURIComponent(call.callId)}/accept`).then(
      ({ call: updated }) =>
        setCalls((current) => current?.map((c) => (c.callId === updated.callId ? updated : c)) ?? null),
      (failure: unknown) =>
        setError(failure instanceof ConsoleApiError ? failure.message : '接单没有成功，请重试'),
    );
  };

  const active = calls?.filter((c) => c.state !== 'closed') ?? [];
  const closed = calls?.filter((c) => c.state === 'closed') ?? [];
  const answered = (calls ?? []).filter((c) => c.acceptedAt !== null);
  const avgSeconds =
    answered.length > 0
      ? Math.round(
          answered.reduce((sum, c) => sum + (Date.parse(c.acceptedAt ?? '') - Date.parse(c.calledAt)), 0) /
            answered.length /
            1000,
        )
      : null;

  return (
    <section aria-labelledby="help-title">
      <div className="screen-head">
        <h1 id="help-title">呼叫帮办</h1>
        <p className={live ? 'live live-on' : 'live'}>{live ? '实时更新中' : '正在连接……'}</p>
        <label className="toggle">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />
          声音提醒
        </label>
      </div>
      <p className="lead">
        {user.role === 'district' ? '全区' : `服务中心 ${user.hallCode ?? ''}`}最近 24
        小时的呼叫。点“接单”后，终端上会显示“工作人员马上到”。
      </p>
      <p className="sr-only" role="status" aria-live="assertive">
        {announce}
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <h2>待处理</h2>
      {calls === null ? (
        <p>正在读取……</p>
      ) : active.length === 0 ? (
        <p className="empty">现在没有待处理的呼叫。</p>
      ) : (
        <table className="data" data-testid="help-open">
          <caption className="sr-only">待处理的呼叫</caption>
          <thead>
            <tr>
              <th scope="col">呼叫时间</th>
              <th scope="col">服务中心</th>
              <th scope="col">终端</th>
              <th scope="col">所在页面</th>
              <th scope="col">状态</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {active.map((c) => (
              <tr
                key={c.callId}
                data-call-id={c.callId}
                className={c.state === 'open' ? 'row-alert' : undefined}
              >
                <td>
                  {chinaClock(c.calledAt)}（{age(c.calledAt, now)}）
                </td>
                <td>{c.hallName}</td>
                <td className="mono">{c.deviceId}</td>
                <td>{screenName(c.screen)}</td>
                <td>{c.state === 'open' ? '等待接单' : `${c.acceptedBy ?? ''} 已接单`}</td>
                <td>
                  {c.state === 'open' ? (
                    <button type="button" className="btn btn-primary" onClick={() => accept(c)}>
                      接单
                    </button>
                  ) : (
                    <span>—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>统计</h2>
      <dl className="figures">
        <div>
          <dt>24 小时内呼叫</dt>
          <dd>{calls?.length ?? 0}</dd>
        </div>
        <div>
          <dt>已接单</dt>
          <dd>{answered.length}</dd>
        </div>
        <div>
          <dt>平均接单用时</dt>
          <dd>{avgSeconds === null ? '—' : `${avgSeconds} 秒`}</dd>
        </div>
      </dl>
      <h2>已结束</h2>
      {closed.length === 0 ? (
        <p className="empty">没有已结束的呼叫。</p>
      ) : (
        <table className="data" data-testid="help-closed">
          <caption className="sr-only">已结束的呼叫</caption>
          <thead>
            <tr>
              <th scope="col">呼叫时间</th>
              <th scope="col">服务中心</th>
              <th scope="col">所在页面</th>
              <th scope="col">接单</th>
              <th scope="col">结束时间</th>
            </tr>
          </thead>
          <tbody>
            {closed.map((c) => (
              <tr key={c.callId}>
                <td>{chinaClock(c.calledAt)}</td>
                <td>{c.hallName}</td>
                <td>{screenName(c.screen)}</td>
                <td>{c.acceptedBy ? `${c.acceptedBy} ${chinaClock(c.acceptedAt ?? '')}` : '未接单'}</td>
                <td>{c.closedAt ? chinaClock(c.closedAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** 系统: idle timeout, large text by default, speech volume, change PIN, restart, version, audit log. */
import { useEffect, useState, type ReactElement } from 'react';
import type { AuditEntry } from '../../../src-main/contract/admin.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { NumericKeypad } from '../../keyboard/index.js';
import { unwrap } from '../../api/client.js';
import { chinaTime, formError, type FormError } from '../admin-api.js';
import { errorFor, Section, TextField, Toggle } from '../fields.js';
import { SaveBar } from '../SaveBar.js';
import { useSettings } from '../use-settings.js';

const KEYS = ['idleTimeoutSec', 'countdownSec', 'largeTextDefault', 'speechVolume'] as const;

function NumberField({
  name,
  label,
  value,
  unit,
  onChange,
  editing,
  setEditing,
  error,
}: {
  name: string;
  label: string;
  value: number;
  unit: string;
  onChange: (n: number) => void;
  editing: string | null;
  setEditing: (n: string | null) => void;
  error: string | undefined;
}): ReactElement {
  return (
    <TextField
      name={name}
      label={`${label}（${unit}）`}
      value={String(value)}
      onChange={(v) => onChange(v === '' ? 0 : Number(v))}
      keyboard="digits"
      maxLength={4}
      editing={editing}
      setEditing={setEditing}
      error={error}
    />
  );
}

function ChangePin({ onChanged }: { onChanged: () => void }): ReactElement {
  const { bridge } = useKiosk();
  const [step, setStep] = useState<'current' | 'next' | 'again'>('current');
  const [values, setValues] = useState({ current: '', next: '', again: '' });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const labels = { current: '当前密码', next: '新密码', again: '再次输入新密码' };
  const submit = async (): Promise<void> => {
    if (values.next !== values.again) {
      setResult({ ok: false, text: '两次输入的新密码不一致。' });
      return;
    }
    try {
      await unwrap(bridge.api.admin.changePin({ current: values.current, next: values.next }));
      setResult({ ok: true, text: '✓ 管理密码已修改' });
      onChanged();
    } catch (e) {
      setResult({ ok: false, text: e instanceof Error ? e.message : '修改失败' });
    }
    setValues({ current: '', next: '', again: '' });
    setStep('current');
  };
  return (
    <div className="change-pin" data-change-pin>
      <div className="choice-row" role="group" aria-label="修改管理密码">
        {(['current', 'next', 'again'] as const).map((k) => (
          <button
            key={k}
            type="button"
            className="btn btn-secondary"
            aria-pressed={step === k}
            data-pin-step={k}
            onClick={() => setStep(k)}
          >
            {labels[k]}：{'●'.repeat(values[k].length) || '未输入'}
          </button>
        ))}
      </div>
      <NumericKeypad
        value={values[step]}
        maxLength={6}
        onChange={(v) => {
          setResult(null);
          setValues({ ...values, [step]: v });
          if (v.length === 6 && step !== 'again') setStep(step === 'current' ? 'next' : 'again');
        }}
      />
      <button
        type="button"
        className="btn btn-primary btn-large"
        disabled={Object.values(values).some((v) => v.length !== 6)}
        onClick={() => void submit()}
      >
        修改密码
      </button>
      <div role="status">
        {result ? <p className={result.ok ? 'ok-message' : 'error-message-inline'}>{result.text}</p> : null}
      </div>
    </div>
  );
}

export function SystemTab({ onPinChanged }: { onPinChanged: () => void }): ReactElement {
  const { bridge, info } = useKiosk();
  const s = useSettings();
  const [editing, setEditing] = useState<string | null>(null);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [restart, setRestart] = useState<'idle' | 'confirm' | 'restarting'>('idle');
  const [restartError, setRestartError] = useState<FormError>(null);
  useEffect(() => {
    void unwrap(bridge.api.admin.audit({})).then(setAudit);
  }, [bridge, s.saved]);
  if (!s.draft)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const d = s.draft;
  const field = { editing, setEditing };
  return (
    <div className="admin-form">
      <Section title="使用设置">
        <NumberField
          name="idleTimeoutSec"
          label="无操作多久后提示"
          unit="秒，3–1800"
          value={d.idleTimeoutSec}
          onChange={(n) => s.set('idleTimeoutSec', n)}
          error={errorFor(s.error, 'idleTimeoutSec')}
          {...field}
        />
        <NumberField
          name="countdownSec"
          label="提示后倒计时"
          unit="秒，3–60"
          value={d.countdownSec}
          onChange={(n) => s.set('countdownSec', n)}
          error={errorFor(s.error, 'countdownSec')}
          {...field}
        />
        <NumberField
          name="speechVolume"
          label="语音音量"
          unit="0–100"
          value={d.speechVolume}
          onChange={(n) => s.set('speechVolume', n)}
          error={errorFor(s.error, 'speechVolume')}
          {...field}
        />
        <Toggle
          name="largeTextDefault"
          label="默认大字模式"
          on={d.largeTextDefault}
          onChange={(on) => s.set('largeTextDefault', on)}
        />
        <SaveBar onSave={() => void s.save(KEYS)} busy={s.busy} saved={s.saved} error={s.error} />
      </Section>
      <Section title="修改管理密码">
        <ChangePin onChanged={onPinChanged} />
      </Section>
      <Section title="重启终端">
        {restart === 'idle' ? (
          <button type="button" className="btn btn-secondary btn-large" onClick={() => setRestart('confirm')}>
            重启终端
          </button>
        ) : null}
        {restart === 'confirm' ? (
          <div className="admin-confirm" role="group" aria-labelledby="restart-text">
            <p id="restart-text">确定重启终端吗？正在使用的群众会回到首页。</p>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() =>
                void unwrap(bridge.api.admin.restart({})).then(
                  () => setRestart('restarting'),
                  (e: unknown) => {
                    setRestartError(formError(e));
                    setRestart('idle');
                  },
                )
              }
            >
              确定重启
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setRestart('idle')}>
              取消
            </button>
          </div>
        ) : null}
        <div role="status">
          {restart === 'restarting' ? <p className="ok-message">正在重启，请稍候……</p> : null}
          {restartError ? <p className="error-message-inline">{restartError.message}</p> : null}
        </div>
      </Section>
      <Section title="版本">
        <p>
          程序版本 {info.version}，事项目录 {info.catalogVersion}
        </p>
      </Section>
      <Section title="操作记录（最近 200 条）">
        <div className="table-scroll" tabIndex={0} role="region" aria-label="操作记录">
          <table className="admin-table" data-audit>
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">操作</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((a, i) => (
                <tr key={i}>
                  <td>{chinaTime(a.at)}</td>
                  <td>{ACTION_NAMES[a.action] ?? a.action}</td>
                  <td>{a.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </div>
  );
}

const ACTION_NAMES: Record<string, string> = {
  'admin.enter': '进入管理',
  'admin.enter.failed': '进入失败',
  'admin.exit': '退出管理',
  'admin.close': '管理关闭',
  'admin.updateSettings': '修改设置',
  'admin.changePin': '修改密码',
  'admin.changePin.failed': '修改密码失败',
  'admin.testPrint': '打印测试',
  'admin.testRead': '读卡测试',
  'admin.syncNow': '立即同步',
  'admin.retryEntry': '重新发送',
  'admin.discardEntry': '放弃记录',
  'admin.reprint': '补打',
  'admin.answerHelp': '处理呼叫',
  'admin.restart': '重启',
  'setup.provision': '注册终端',
  'setup.devices': '设置设备',
  'setup.testPrint': '打印测试',
  'setup.testRead': '读卡测试',
  'setup.finish': '完成设置',
  'cli.config.set': '命令行修改',
};

/** 设备: ports from a list or typed, baud rate, 模拟设备, 打印测试, 读卡测试 (masked), live status. */
import { useEffect, useState, type ReactElement } from 'react';
import type { SerialPortChoice } from '../../../src-main/contract/admin.types.js';
import type { DeviceStatusBase, DevicesStatus } from '../../../src-main/contract/devices.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { errorFor, Section, TextField, Toggle } from '../fields.js';
import { SaveBar } from '../SaveBar.js';
import { useSettings } from '../use-settings.js';
import { CameraSection } from './CameraSection.js';

const BAUDS = [9600, 19200, 38400, 57600, 115200];
const KEYS = ['simulatedDevices', 'printerPort', 'printerBaud', 'readerPort', 'readerBaud'] as const;

const STATE_TEXT: Record<string, string> = {
  ready: '● 就绪',
  'card-present': '● 有卡',
  disconnected: '○ 未连接',
  error: '⚠ 读卡出错',
  'paper-low': '⚠ 纸将用完',
  'paper-out': '⚠ 缺纸',
  'cover-open': '⚠ 盖子未关',
  offline: '○ 离线',
  'no-answer': '○ 无应答',
};

export function describeDevice(d: DeviceStatusBase & { state: string }): string {
  return `${d.label}${d.port ? `（${d.port}）` : ''}：${STATE_TEXT[d.state] ?? d.state}`;
}

/** One device's port (list or typed) and baud. Used by the setup wizard too. */
export function PortPicker({
  which,
  label,
  port,
  baud,
  ports,
  onPort,
  onBaud,
  editing,
  setEditing,
  error,
}: {
  which: 'printer' | 'reader';
  label: string;
  port: string;
  baud: number;
  ports: SerialPortChoice[];
  onPort: (port: string) => void;
  onBaud: (baud: number) => void;
  editing: string | null;
  setEditing: (name: string | null) => void;
  error?: string | undefined;
}): ReactElement {
  return (
    <div className="port-picker" data-port-picker={which}>
      <p className="admin-hint">{label}：从列表选择串口，或手动输入路径（虚拟串口不会出现在列表中）</p>
      <div className="choice-row" role="group" aria-label={`${label}串口`}>
        {ports.map((p) => (
          <button
            key={p.path}
            type="button"
            className="btn btn-secondary"
            aria-pressed={p.path === port}
            onClick={() => onPort(p.path)}
          >
            {p.path}（{p.description}）
          </button>
        ))}
        {ports.length === 0 ? <span>未找到串口设备</span> : null}
      </div>
      <TextField
        name={`${which}Port`}
        label={`${label}串口路径`}
        value={port}
        onChange={onPort}
        keyboard="tech"
        maxLength={200}
        error={error}
        editing={editing}
        setEditing={setEditing}
      />
      <div className="choice-row" role="group" aria-label={`${label}波特率`}>
        {BAUDS.map((b) => (
          <button
            key={b}
            type="button"
            className="btn btn-secondary"
            aria-pressed={b === baud}
            onClick={() => onBaud(b)}
          >
            {b}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Test buttons and their outcome; the card only ever masked. */
export function DeviceTests({ mode }: { mode: 'admin' | 'setup' }): ReactElement {
  const { bridge } = useKiosk();
  const [print, setPrint] = useState<{ ok: boolean; text: string } | null>(null);
  const [read, setRead] = useState<{ ok: boolean; text: string } | null>(null);
  const api = mode === 'admin' ? bridge.api.admin : bridge.api.setup;
  return (
    <div className="device-tests">
      <div className="device-test">
        <button
          type="button"
          className="btn btn-primary btn-large"
          onClick={() => {
            setPrint(null);
            unwrap(api.testPrint({})).then(
              () => setPrint({ ok: true, text: '✓ 测试凭条已打印，请查看打印机出纸' }),
              (e: unknown) => setPrint({ ok: false, text: e instanceof Error ? e.message : '打印失败' }),
            );
          }}
        >
          打印测试
        </button>
        <div role="status" data-test-result="print">
          {print ? <p className={print.ok ? 'ok-message' : 'error-message-inline'}>{print.text}</p> : null}
        </div>
      </div>
      <div className="device-test">
        <button
          type="button"
          className="btn btn-primary btn-large"
          onClick={() => {
            setRead(null);
            unwrap(api.testRead({})).then(
              (c) =>
                setRead({
                  ok: true,
                  text: `✓ 读卡成功：${c.cardType}，${c.maskedName}，${c.maskedIdNumber}`,
                }),
              (e: unknown) => setRead({ ok: false, text: e instanceof Error ? e.message : '读卡失败' }),
            );
          }}
        >
          读卡测试
        </button>
        <div role="status" data-test-result="read">
          {read ? <p className={read.ok ? 'ok-message' : 'error-message-inline'}>{read.text}</p> : null}
        </div>
      </div>
    </div>
  );
}

export function useLiveDevices(): DevicesStatus | null {
  const { bridge } = useKiosk();
  const [status, setStatus] = useState<DevicesStatus | null>(null);
  useEffect(() => {
    const off = bridge.on('devices.state', setStatus);
    unwrap(bridge.api.devices.status({})).then(setStatus, () => undefined);
    return off;
  }, [bridge]);
  return status;
}

export function DevicesTab(): ReactElement {
  const { bridge } = useKiosk();
  const s = useSettings();
  const live = useLiveDevices();
  const [ports, setPorts] = useState<SerialPortChoice[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    void unwrap(bridge.api.admin.ports({})).then(setPorts);
  }, [bridge]);
  if (!s.draft)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const d = s.draft;
  return (
    <div className="admin-form">
      <Section title="当前状态">
        <ul className="admin-list" aria-live="polite">
          <li className="admin-row" data-device="reader">
            {live ? describeDevice(live.reader) : '正在读取……'}
          </li>
          <li className="admin-row" data-device="printer">
            {live ? describeDevice(live.printer) : '正在读取……'}
          </li>
        </ul>
        <DeviceTests mode="admin" />
      </Section>
      <Section title="设置">
        <Toggle
          name="simulatedDevices"
          label="模拟设备（演示用）"
          on={d.simulatedDevices}
          onChange={(on) => s.set('simulatedDevices', on)}
        />
        {d.simulatedDevices ? null : (
          <>
            <PortPicker
              which="printer"
              label="凭条打印机"
              port={d.printerPort}
              baud={d.printerBaud}
              ports={ports}
              onPort={(p) => s.set('printerPort', p)}
              onBaud={(b) => s.set('printerBaud', b)}
              editing={editing}
              setEditing={setEditing}
              error={errorFor(s.error, 'printerPort')}
            />
            <PortPicker
              which="reader"
              label="身份证读卡器"
              port={d.readerPort}
              baud={d.readerBaud}
              ports={ports}
              onPort={(p) => s.set('readerPort', p)}
              onBaud={(b) => s.set('readerBaud', b)}
              editing={editing}
              setEditing={setEditing}
              error={errorFor(s.error, 'readerPort')}
            />
          </>
        )}
        <SaveBar onSave={() => void s.save(KEYS)} busy={s.busy} saved={s.saved} error={s.error} />
      </Section>
      <CameraSection />
    </div>
  );
}

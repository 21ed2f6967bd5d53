/**
 * First run of a hall kiosk: server URL → enrollment code → hall confirmation → printer port and test
 * receipt → reader port and test read → document camera (高拍仪, may be skipped) → admin PIN → done. Every step is checked by the core (setup.*),
 * whose Chinese message is shown by the field.
 */
import { lazy, Suspense, useEffect, useState, type ReactElement } from 'react';
import type { SerialPortChoice, SetupState } from '../../src-main/contract/admin.types.js';
import { unwrap, type KioskBridge } from '../api/client.js';
import { formError, type FormError } from '../admin/admin-api.js';
import { CodeStep } from './CodeStep.js';
import { DeviceStep, type SetupDevices } from './DeviceStep.js';
import { DoneStep } from './DoneStep.js';
import { HallStep } from './HallStep.js';
import { PinStep, type SetupPins } from './PinStep.js';
import { ServerStep } from './ServerStep.js';
import '../admin/admin.css';

const STEPS = [
  '服务器地址',
  '注册码',
  '确认大厅',
  '凭条打印机',
  '身份证读卡器',
  '高拍仪',
  '管理密码',
  '完成',
] as const;
/** Loaded when the step opens: the camera code is not part of the wizard's first script. */
const CameraStep = lazy(() => import('./CameraStep.js'));

export function SetupWizard({ bridge, onDone }: { bridge: KioskBridge; onDone: () => void }): ReactElement {
  const [step, setStep] = useState(0);
  const [state, setState] = useState<SetupState | null>(null);
  const [server, setServer] = useState('https://');
  const [code, setCode] = useState('');
  const [editing, setEditing] = useState<string | null>('server');
  const [error, setError] = useState<FormError>(null);
  const [busy, setBusy] = useState(false);
  const [ports, setPorts] = useState<SerialPortChoice[]>([]);
  const [devices, setDevices] = useState<SetupDevices>({
    printerPort: '',
    printerBaud: 115200,
    readerPort: '',
    readerBaud: 115200,
  });
  const [test, setTest] = useState<{ ok: boolean; text: string } | null>(null);
  const [pins, setPins] = useState<SetupPins>({ first: '', again: '' });

  useEffect(() => {
    void unwrap(bridge.api.setup.state({})).then((s) => {
      setState(s);
      if (s.provisioned) setStep(2);
    });
    void unwrap(bridge.api.setup.ports({})).then(setPorts, () => setPorts([]));
  }, [bridge]);

  const go = (next: number): void => {
    setError(null);
    setTest(null);
    setEditing(next === 0 ? 'server' : next === 1 ? 'code' : null);
    setStep(next);
  };
  const attempt = async (what: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (e) {
      setError(formError(e));
    } finally {
      setBusy(false);
    }
  };
  const saveDevices = async (): Promise<void> => {
    await unwrap(bridge.api.setup.devices(devices));
    setPorts(await unwrap(bridge.api.setup.ports({})));
  };
  const runTest = (which: 'print' | 'read'): Promise<void> =>
    attempt(async () => {
      setTest(null);
      await saveDevices();
      if (which === 'print') {
        await unwrap(bridge.api.setup.testPrint({}));
        setTest({ ok: true, text: '✓ 测试凭条已打印，请查看出纸是否清楚' });
      } else {
        const card = await unwrap(bridge.api.setup.testRead({}));
        setTest({
          ok: true,
          text: `✓ 读卡成功：${card.cardType}，${card.maskedName}，${card.maskedIdNumber}`,
        });
      }
    });

  let body: ReactElement;
  switch (STEPS[step]) {
    case '服务器地址':
      body = (
        <ServerStep
          server={server}
          setServer={setServer}
          editing={editing}
          setEditing={setEditing}
          error={error}
          onNext={() => go(1)}
        />
      );
      break;
    case '注册码':
      body = (
        <CodeStep
          code={code}
          setCode={setCode}
          editing={editing}
          setEditing={setEditing}
          error={error}
          busy={busy}
          onBack={() => go(0)}
          onRegister={() =>
            void attempt(async () => {
              setState(await unwrap(bridge.api.setup.provision({ serverUrl: server, code })));
              go(2);
            })
          }
        />
      );
      break;
    case '确认大厅':
      body = <HallStep state={state} onAgain={() => go(0)} onNext={() => go(3)} />;
      break;
    case '凭条打印机':
    case '身份证读卡器': {
      const which = step === 3 ? 'printer' : 'reader';
      body = (
        <DeviceStep
          which={which}
          devices={devices}
          setDevices={setDevices}
          ports={ports}
          editing={editing}
          setEditing={setEditing}
          error={error}
          busy={busy}
          test={test}
          onTest={() => void runTest(which === 'printer' ? 'print' : 'read')}
          onBack={() => go(step - 1)}
          onNext={() => go(step + 1)}
        />
      );
      break;
    }
    case '高拍仪':
      body = (
        <Suspense fallback={<p className="loading">正在加载……</p>}>
          <CameraStep bridge={bridge} onBack={() => go(4)} onNext={() => go(6)} />
        </Suspense>
      );
      break;
    case '管理密码':
      body = (
        <PinStep
          pins={pins}
          setPins={setPins}
          editing={editing}
          setEditing={setEditing}
          error={error}
          busy={busy}
          onBack={() => go(5)}
          onFinish={() =>
            void attempt(async () => {
              setState(await unwrap(bridge.api.setup.finish({ pin: pins.first })));
              go(7);
            })
          }
        />
      );
      break;
    default:
      body = <DoneStep onStart={onDone} />;
  }

  return (
    <div className="screen setup" data-setup-step={step}>
      <header className="admin-header">
        <h1>终端初始设置</h1>
      </header>
      <ol className="setup-steps" aria-label="设置步骤">
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={i === step ? 'step' : undefined}
            className={i < step ? 'done' : undefined}
          >
            {i + 1}. {s}
          </li>
        ))}
      </ol>
      <section className="setup-card" aria-labelledby="setup-title">
        <h2 id="setup-title">
          第 {step + 1} 步：{STEPS[step]}
        </h2>
        {body}
      </section>
    </div>
  );
}

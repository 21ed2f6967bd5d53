/**
 * First run of a hall kiosk: server URL → enrollment code → hall confirmation → printer port and test
 * receipt → reader port and test read → admin PIN → done. Every step is checked by the core (setup.*),
 * whose Chinese message is shown by the field.
 */
import { useEffect, useState, type ReactElement } from 'react';
import type { SerialPortChoice, SetupState } from '../../src-main/contract/admin.types.js';
import { unwrap, type KioskBridge } from '../api/client.js';
import { formError, type FormError } from '../admin/admin-api.js';
import { errorFor, FieldError, TextField } from '../admin/fields.js';
import { PortPicker } from '../admin/tabs/DevicesTab.js';
import { NumericKeypad } from '../keyboard/index.js';
import '../admin/admin.css';

const STEPS = ['服务器地址', '注册码', '确认大厅', '凭条打印机', '身份证读卡器', '管理密码', '完成'] as const;

export function SetupWizard({ bridge, onDone }: { bridge: KioskBridge; onDone: () => void }): ReactElement {
  const [step, setStep] = useState(0);
  const [state, setState] = useState<SetupState | null>(null);
  const [server, setServer] = useState('https://');
  const [code, setCode] = useState('');
  const [editing, setEditing] = useState<string | null>('server');
  const [error, setError] = useState<FormError>(null);
  const [busy, setBusy] = useState(false);
  const [ports, setPorts] = useState<SerialPortChoice[]>([]);
  const [devices, setDevices] = useState({
    printerPort: '',
    printerBaud: 115200,
    readerPort: '',
    readerBaud: 115200,
  });
  const [test, setTest] = useState<{ ok: boolean; text: string } | null>(null);
  const [pins, setPins] = useState({ first: '', again: '' });

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
        <>
          <p>请输入区级服务器的地址，例如 https://zwfw.zichuan.example.cn/</p>
          <TextField
            name="server"
            label="服务器地址"
            value={server}
            onChange={setServer}
            keyboard="tech"
            maxLength={300}
            editing={editing}
            setEditing={setEditing}
            error={errorFor(error, 'serverUrl')}
          />
          <Actions next={() => go(1)} nextDisabled={!/^https?:\/\/.+/.test(server)} />
        </>
      );
      break;
    case '注册码':
      body = (
        <>
          <p>请输入区里发放的一次性注册码</p>
          <TextField
            name="code"
            label="注册码"
            value={code}
            onChange={(v) => setCode(v.toUpperCase())}
            keyboard="techUpper"
            maxLength={32}
            editing={editing}
            setEditing={setEditing}
            error={errorFor(error, 'code')}
          />
          <FieldError message={error && !error.field?.match(/^(code)$/) ? error.message : undefined} />
          <Actions
            back={() => go(0)}
            nextLabel="注册"
            nextDisabled={code.length < 4 || busy}
            next={() =>
              void attempt(async () => {
                setState(await unwrap(bridge.api.setup.provision({ serverUrl: server, code })));
                go(2);
              })
            }
          />
        </>
      );
      break;
    case '确认大厅':
      body = (
        <>
          <p>本终端已注册到区级服务器。请核对大厅信息：</p>
          <dl className="admin-facts" data-setup-hall>
            <div>
              <dt>大厅名称</dt>
              <dd>{state?.hall?.name}</dd>
            </div>
            <div>
              <dt>大厅编码</dt>
              <dd>{state?.hall?.code}</dd>
            </div>
            <div>
              <dt>地址</dt>
              <dd>{state?.hall?.address || '未填写'}</dd>
            </div>
            <div>
              <dt>电话</dt>
              <dd>{state?.hall?.phone || '未填写'}</dd>
            </div>
          </dl>
          <p className="admin-hint">如信息有误，请联系区里在服务器上修改后重新注册。</p>
          <Actions back={() => go(0)} backLabel="重新注册" nextLabel="信息无误，下一步" next={() => go(3)} />
        </>
      );
      break;
    case '凭条打印机':
    case '身份证读卡器': {
      const which = step === 3 ? 'printer' : 'reader';
      body = (
        <>
          <PortPicker
            which={which}
            label={which === 'printer' ? '凭条打印机' : '身份证读卡器'}
            port={which === 'printer' ? devices.printerPort : devices.readerPort}
            baud={which === 'printer' ? devices.printerBaud : devices.readerBaud}
            ports={ports}
            onPort={(p) => setDevices({ ...devices, [`${which}Port`]: p })}
            onBaud={(b) => setDevices({ ...devices, [`${which}Baud`]: b })}
            editing={editing}
            setEditing={setEditing}
            error={errorFor(error, `${which}Port`)}
          />
          <p className="admin-hint">
            {which === 'printer'
              ? '选好后点“打印测试”，确认打印机能出纸。'
              : '把一张身份证放在读卡区，再点“读卡测试”。'}
          </p>
          <button
            type="button"
            className="btn btn-primary btn-large"
            disabled={busy}
            onClick={() => void runTest(which === 'printer' ? 'print' : 'read')}
          >
            {which === 'printer' ? '打印测试' : '读卡测试'}
          </button>
          <div role="status" data-test-result={which === 'printer' ? 'print' : 'read'}>
            {test ? <p className="ok-message">{test.text}</p> : null}
            {error && !error.field?.endsWith('Port') ? (
              <p className="error-message-inline">{error.message}</p>
            ) : null}
          </div>
          <Actions back={() => go(step - 1)} next={() => go(step + 1)} nextDisabled={!test?.ok} />
        </>
      );
      break;
    }
    case '管理密码':
      body = (
        <>
          <p>请设置 6 位管理密码（大厅管理员进入管理模式时使用，不能是 123456）。</p>
          <div className="choice-row" role="group" aria-label="管理密码">
            {(['first', 'again'] as const).map((k) => (
              <button
                key={k}
                type="button"
                className="btn btn-secondary"
                aria-pressed={editing === k || (editing === null && k === 'first')}
                data-pin-step={k}
                onClick={() => setEditing(k)}
              >
                {k === 'first' ? '管理密码' : '再次输入'}：{'●'.repeat(pins[k].length) || '未输入'}
              </button>
            ))}
          </div>
          <NumericKeypad
            value={pins[editing === 'again' ? 'again' : 'first']}
            maxLength={6}
            onChange={(v) => {
              const k = editing === 'again' ? 'again' : 'first';
              setPins({ ...pins, [k]: v });
              if (k === 'first' && v.length === 6) setEditing('again');
            }}
          />
          <FieldError
            message={
              pins.again.length === 6 && pins.first !== pins.again ? '两次输入的密码不一致。' : error?.message
            }
          />
          <Actions
            back={() => go(4)}
            nextLabel="完成设置"
            nextDisabled={pins.first.length !== 6 || pins.first !== pins.again || busy}
            next={() =>
              void attempt(async () => {
                setState(await unwrap(bridge.api.setup.finish({ pin: pins.first })));
                go(6);
              })
            }
          />
        </>
      );
      break;
    default:
      body = (
        <>
          <p className="ok-message">✓ 初始设置已完成，终端可以为群众服务了。</p>
          <p>大厅管理员以后可在首页左上角连续点击 5 次，输入管理密码进入管理模式。</p>
          <Actions nextLabel="开始使用" next={onDone} />
        </>
      );
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

function Actions({
  back,
  next,
  backLabel = '上一步',
  nextLabel = '下一步',
  nextDisabled = false,
}: {
  back?: () => void;
  next: () => void;
  backLabel?: string;
  nextLabel?: string;
  nextDisabled?: boolean;
}): ReactElement {
  return (
    <div className="step-actions">
      {back ? (
        <button type="button" className="btn btn-secondary btn-large" onClick={back}>
          {backLabel}
        </button>
      ) : null}
      <button type="button" className="btn btn-primary btn-large" disabled={nextDisabled} onClick={next}>
        {nextLabel}
      </button>
    </div>
  );
}

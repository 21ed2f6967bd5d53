/**
 * 我要预约: item → date → time → identify (card or manual) → phone → confirm → booked. Everything lives in
 * this component's state, so the session's end (which remounts the screen tree) wipes it. Booking needs
 * the live server: OFFLINE at the slots or at the booking leads to a plain screen with the hall's phone.
 * A slot that fills meanwhile (CONFLICT) brings the citizen back to the times, refreshed, with a message.
 */
import { useCallback, useState, type ReactElement } from 'react';
import type {
  AppointmentDay,
  AppointmentResult,
  AppointmentSlots,
} from '../../../src-main/contract/citizen.types.js';
import type { IdCardData } from '../../../src-main/contract/devices.types.js';
import { isValidIdNumber } from '../../../src-main/contract/id-number.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useLeaveGuard } from '../../app/leave-guard.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { FlowNav } from '../../components/FlowNav.js';
import { StepProgress } from '../../components/StepProgress.js';
import { ManualIdentity } from '../declare/ManualIdentity.js';
import { BookedStep } from './BookedStep.js';
import { BookingIdentifyStep } from './BookingIdentifyStep.js';
import { ConfirmStep } from './ConfirmStep.js';
import { PickItemStep, type PickedItem } from './PickItemStep.js';
import { DateStep } from './DateStep.js';
import { PhoneStep } from './PhoneStep.js';
import { SlotsStatus } from './SlotsStatus.js';
import { TimeStep } from './TimeStep.js';
import { UnavailableView } from './UnavailableView.js';

/** Asked before the top bar leaves a booking with a time chosen or details entered. */
export const BOOKING_LEAVE_MESSAGE = '离开后，您选好的预约时间和填写的信息不会保存，预约也没有完成。';

type Step = 'item' | 'date' | 'time' | 'identify' | 'manual' | 'phone' | 'confirm' | 'done' | 'unavailable';

const STEP_TITLES: Array<[Step[], string]> = [
  [['item'], '选择事项'],
  [['date'], '选择日期'],
  [['time'], '选择时段'],
  [['identify', 'manual'], '身份核验'],
  [['phone'], '联系电话'],
  [['confirm'], '核对预约'],
  [['done'], '完成'],
];

interface Identity {
  method: 'card' | 'manual';
  name: string;
  idNumber: string;
}

type SlotsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; value: AppointmentSlots }
  | { status: 'error'; message: string };

const failureOf = (error: unknown): { code: string; message: string } =>
  error instanceof ApiFailure
    ? { code: error.code, message: error.message }
    : { code: 'INTERNAL', message: '系统繁忙，请稍后再试或联系工作人员。' };

export function BookingFlow({ onBack }: { onBack: () => void }): ReactElement {
  const { bridge, navigate } = useKiosk();
  const [step, setStep] = useState<Step>('item');
  const [item, setItem] = useState<PickedItem | null>(null);
  const [slots, setSlots] = useState<SlotsState>({ status: 'idle' });
  const [date, setDate] = useState<string | null>(null);
  const [time, setTime] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [cardProblem, setCardProblem] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [requestId, setRequestId] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [result, setResult] = useState<AppointmentResult | null>(null);
  // Where "再试一次" goes from the unavailable screen: reload the slots, or book again (same requestId).
  const [unavailable, setUnavailable] = useState<{ at: 'slots' | 'book'; unauthorized: boolean } | null>(
    null,
  );

  useLeaveGuard(
    (time !== null || identity !== null || phone !== '') && step !== 'done' && step !== 'unavailable'
      ? BOOKING_LEAVE_MESSAGE
      : null,
  );

  const loadSlots = useCallback(
    (itemId: string, then: Step): void => {
      setSlots({ status: 'loading' });
      unwrap(bridge.api.appointment.slots({ itemId })).then(
        (value) => {
          setSlots({ status: 'ok', value });
          setStep(then);
        },
        (error: unknown) => {
          const f = failureOf(error);
          if (f.code === 'OFFLINE' || f.code === 'UNAUTHORIZED') {
            setSlots({ status: 'idle' });
            setUnavailable({ at: 'slots', unauthorized: f.code === 'UNAUTHORIZED' });
            setStep('unavailable');
            return;
          }
          setSlots({ status: 'error', message: f.message });
          setStep(then);
        },
      );
    },
    [bridge],
  );

  const day: AppointmentDay | undefined =
    slots.status === 'ok' ? slots.value.days.find((d) => d.date === date) : undefined;

  const pickItem = (picked: PickedItem): void => {
    setItem(picked);
    setDate(null);
    setTime(null);
    setNotice(null);
    setStep('date');
    loadSlots(picked.id, 'date');
  };

  const onCard = useCallback((card: IdCardData) => {
    if (!isValidIdNumber(card.idNumber)) {
      setCardProblem('这张证件不能在本机预约，请点“没带身份证，手动输入”，或到窗口办理。');
      return;
    }
    setCardProblem(null);
    setIdentity({ method: 'card', name: card.name, idNumber: card.idNumber });
    setStep('phone');
  }, []);

  const toConfirm = (): void => {
    // One requestId per confirmation: pressing 确认预约 again after a lost answer books nothing twice.
    setRequestId(crypto.randomUUID());
    setSubmitError(null);
    setStep('confirm');
  };

  const book = (): void => {
    if (!item || !day || !time || !identity || !requestId) return;
    setSubmitting(true);
    setSubmitError(null);
    unwrap(
      bridge.api.appointment.book({
        requestId,
        itemId: item.id,
        slotDate: day.date,
        slotTime: time,
        identityMethod: identity.method,
        name: identity.name,
        idNumber: identity.idNumber,
        phone,
      }),
    ).then(
      (answer) => {
        setSubmitting(false);
        setResult(answer);
        setStep('done');
      },
      (error: unknown) => {
        setSubmitting(false);
        const f = failureOf(error);
        if (f.code === 'CONFLICT') {
          setTime(null);
          setRequestId(null);
          setNotice(f.message);
          setStep('time');
          loadSlots(item.id, 'time');
          return;
        }
        if (f.code === 'OFFLINE' || f.code === 'UNAUTHORIZED') {
          setUnavailable({ at: 'book', unauthorized: f.code === 'UNAUTHORIZED' });
          setStep('unavailable');
          return;
        }
        setSubmitError(f.message);
      },
    );
  };

  const retry = (): void => {
    if (!item) return;
    if (unavailable?.at === 'book') {
      setStep('confirm');
      return;
    }
    loadSlots(item.id, 'date');
  };

  const back: (() => void) | null = (() => {
    switch (step) {
      case 'item':
        return onBack;
      case 'date':
        return () => setStep('item');
      case 'time':
        return () => {
          setNotice(null);
          setStep('date');
        };
      case 'identify':
      case 'manual':
        return () => {
          setCardProblem(null);
          setStep('time');
        };
      case 'phone':
        return () => setStep('identify');
      case 'confirm':
        return submitting ? null : () => setStep('phone');
      default:
        return null;
    }
  })();

  const current = STEP_TITLES.findIndex(([steps]) => steps.includes(step));

  return (
    <div className="appt-flow">
      {item && step !== 'item' ? <h2 className="flow-item">{item.name}</h2> : null}
      {step === 'unavailable' ? null : (
        <FlowNav onBack={back}>
          <StepProgress titles={STEP_TITLES.map(([, t]) => t)} current={current} label="预约步骤" />
        </FlowNav>
      )}

      {step === 'item' ? <PickItemStep onPick={pickItem} /> : null}

      {(step === 'date' || step === 'time') && (slots.status === 'loading' || slots.status === 'error') ? (
        <SlotsStatus status={slots} onRetry={() => item && loadSlots(item.id, 'date')} />
      ) : null}
      {step === 'date' && slots.status === 'ok' ? (
        <DateStep
          slots={slots.value}
          onPick={(d) => {
            setDate(d.date);
            setTime(null);
            setNotice(null);
            setStep('time');
          }}
        />
      ) : null}
      {step === 'time' && slots.status === 'ok' && day ? (
        <TimeStep
          day={day}
          notice={notice}
          onPick={(t) => {
            setTime(t);
            setNotice(null);
            setStep(identity ? 'phone' : 'identify');
          }}
          onOtherDay={() => {
            setNotice(null);
            setStep('date');
          }}
        />
      ) : null}
      {step === 'time' && slots.status === 'ok' && !day ? (
        // The chosen date is no longer offered (the list moved on): choose again.
        <DateStep slots={slots.value} onPick={(d) => setDate(d.date)} />
      ) : null}

      {step === 'identify' ? (
        <BookingIdentifyStep cardProblem={cardProblem} onCard={onCard} onManual={() => setStep('manual')} />
      ) : null}
      {step === 'manual' ? (
        <ManualIdentity
          onDone={(v) => {
            setIdentity({ method: 'manual', name: v.name, idNumber: v.idNumber });
            setStep('phone');
          }}
        />
      ) : null}

      {step === 'phone' ? <PhoneStep phone={phone} onPhone={setPhone} onNext={toConfirm} /> : null}

      {step === 'confirm' && item && day && time && identity ? (
        <ConfirmStep
          draft={{ itemName: item.name, day, time, name: identity.name, idNumber: identity.idNumber, phone }}
          submitting={submitting}
          error={submitError}
          onChangeTime={() => {
            setRequestId(null);
            setStep('time');
          }}
          onSubmit={book}
        />
      ) : null}

      {step === 'done' && result ? (
        <BookedStep
          result={result}
          cardUsed={identity?.method === 'card'}
          onRate={() =>
            navigate({
              type: 'push',
              route: { name: 'rating', target: { kind: 'appointment', number: result.appointmentNumber } },
            })
          }
          onFinish={() => void bridge.api.session.end({ reason: 'done' })}
        />
      ) : null}

      {step === 'unavailable' && unavailable ? (
        <UnavailableView
          what="预约"
          reason={unavailable.unauthorized ? 'unauthorized' : 'offline'}
          onRetry={retry}
        />
      ) : null}
    </div>
  );
}

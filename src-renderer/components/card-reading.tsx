/**
 * Reading the ID card on a screen: the read starts when the reader feels a card (`card.present`) or
 * when the citizen taps 读取身份证; one read at a time; a failure becomes a Chinese message with a retry.
 * The card slot picture and, on a demo kiosk, the 放入演示身份证 button come with it.
 */
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { ReaderStatus } from '../../src-main/contract/devices.types.js';
import { useKiosk } from '../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../api/client.js';

export type ReadState = { step: 'waiting' } | { step: 'reading' } | { step: 'failed'; message: string };

const READ_FAILED = '读取身份证失败，请重新放置身份证。';

/** `read` runs `load` (which reads the card in main) and hands its answer to `onRead`. */
export function useCardReading<T>(
  load: () => Promise<T>,
  onRead: (value: T) => void,
): { state: ReadState; reader: ReaderStatus | null; read: () => void } {
  const { bridge } = useKiosk();
  const [state, setState] = useState<ReadState>({ step: 'waiting' });
  const [reader, setReader] = useState<ReaderStatus | null>(null);
  const busy = useRef(false);

  const read = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setState({ step: 'reading' });
    load().then(
      (value) => {
        busy.current = false;
        onRead(value);
      },
      (error: unknown) => {
        busy.current = false;
        setState({ step: 'failed', message: error instanceof ApiFailure ? error.message : READ_FAILED });
      },
    );
  }, [load, onRead]);

  useEffect(() => {
    let live = true;
    unwrap(bridge.api.devices.status({})).then(
      (value) => live && setReader(value.reader),
      () => undefined,
    );
    const off = bridge.on('card.present', ({ present }) => {
      if (present) read();
    });
    return () => {
      live = false;
      off();
    };
  }, [bridge, read]);

  return { state, reader, read };
}

/** The picture of where the card goes. */
export function CardSlot(): ReactElement {
  return (
    <div className="card-slot" aria-hidden="true">
      <div className="card-shape">身份证</div>
    </div>
  );
}

/**
 * On a demo kiosk (simulated reader): says so, and places the sample card. The sample card left on the
 * reader by an earlier item is lifted first, so that placing it again is felt (and read) again.
 */
export function DemoCardBox({ reader }: { reader: ReaderStatus | null }): ReactElement | null {
  const { bridge } = useKiosk();
  if (!reader?.simulated) return null;
  const place = async (): Promise<void> => {
    await bridge.api.devices.simulateCard({ present: false });
    await bridge.api.devices.simulateCard({ present: true });
  };
  return (
    <div className="demo-box">
      <p>演示模式：本机使用{reader.label}，没有连接真实读卡器。</p>
      <button type="button" className="btn btn-secondary btn-large" onClick={() => void place()}>
        放入演示身份证
      </button>
    </div>
  );
}

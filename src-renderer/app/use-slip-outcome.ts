/**
 * Whether a slip the core reports as printed came out of a real printer or the demo's simulated one, in
 * the promise vocabulary's terms; null while the printer's status is being read.
 */
import type { SlipOutcome } from '../../src-main/contract/kiosk-promises.js';
import type { ReceiptOutcome } from '../../src-main/contract/citizen.types.js';
import { unwrap } from '../api/client.js';
import { useKiosk } from './kiosk-context.js';
import { useAsync } from './use-async.js';

export function useSlipOutcome(receipt: ReceiptOutcome): SlipOutcome | null {
  const { bridge } = useKiosk();
  const state = useAsync(async (): Promise<SlipOutcome> => {
    if (!receipt.printed) return { kind: 'failed', message: receipt.message };
    const status = await unwrap(bridge.api.devices.status({})).catch(() => null);
    return status?.printer.simulated ? { kind: 'simulated' } : { kind: 'printed' };
  }, [bridge, receipt]);
  return state.status === 'ok' ? state.value : null;
}

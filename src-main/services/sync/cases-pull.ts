/** Pulls the statuses of this kiosk's open cases (GET /v1/cases) and stores them with their history. */
import type { DistrictClient } from '../../district/district.client.js';
import type { CaseStatusRepository } from '../../store/case-status.repository.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';

export interface CasesPullResult {
  /** Case numbers asked about. */
  asked: number;
  /** Cases the server answered for. */
  received: number;
  /** Cases whose status is new or changed. */
  changed: number;
}

export async function pullCases(deps: {
  client: DistrictClient;
  outbox: OutboxRepository;
  cases: CaseStatusRepository;
  now?: () => Date;
  /** Most cases asked about per pull (newest first; finished cases are not asked again). */
  limit?: number;
  signal?: AbortSignal;
}): Promise<CasesPullResult> {
  const numbers = deps.outbox.caseNumbers(deps.limit ?? 500);
  if (numbers.length === 0) return { asked: 0, received: 0, changed: 0 };
  const records = await deps.client.cases(numbers);
  if (deps.signal?.aborted) return { asked: numbers.length, received: records.length, changed: 0 };
  const changed = deps.cases.upsert(
    records.map((r) => ({ caseNumber: r.caseNumber, status: r.status, history: r.history })),
    deps.now?.() ?? new Date(),
  );
  return { asked: numbers.length, received: records.length, changed };
}

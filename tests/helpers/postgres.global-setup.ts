/**
 * vitest global setup: nothing to start (the PostgreSQL tests start their worker's cluster on first use,
 * see postgres.ts); at the end of the run, stop the clusters they started, before vitest exits.
 */
import { stopSharedClusters } from './postgres.js';

export default function setup(): () => Promise<void> {
  return () => stopSharedClusters(process.pid);
}

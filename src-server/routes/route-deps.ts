/** What every route receives from the composition root (src-server/app.ts). */
import type { DistrictStore } from '../store/district.store.js';

export interface RouteDeps {
  store: DistrictStore;
  now: () => Date;
  /** The catalog-signing public key (SPKI PEM) handed out at enrollment. */
  catalogPublicKey: string;
}

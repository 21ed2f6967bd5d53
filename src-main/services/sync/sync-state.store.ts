/**
 * What the sync keeps between runs, in the settings table: the server catalog version the kiosk
 * applied (written in the same transaction as the catalog itself) and the last successful contact.
 */
import { z } from 'zod';
import type { SettingsRepository } from '../../store/settings.repository.js';

export const CATALOG_STATE_KEY = 'sync.catalog';
export const LAST_CONTACT_KEY = 'sync.lastContactAt';

export interface CatalogSyncState {
  /** The server's integer catalog version the kiosk's catalog is at. */
  version: number;
  displayVersion: string;
  /** The manifest digest of that version (sha256 hex of the canonical items). */
  digest: string;
  signature: string;
  syncedAt: string;
}

const catalogStateSchema = z.object({
  version: z.number().int().min(1),
  displayVersion: z.string(),
  digest: z.string(),
  signature: z.string(),
  syncedAt: z.string(),
});

export class SyncStateStore {
  constructor(private readonly settings: SettingsRepository) {}

  catalog(): CatalogSyncState | undefined {
    const parsed = catalogStateSchema.safeParse(this.settings.get(CATALOG_STATE_KEY));
    return parsed.success ? parsed.data : undefined;
  }

  setCatalog(state: CatalogSyncState): void {
    this.settings.set(CATALOG_STATE_KEY, state);
  }

  clearCatalog(): void {
    this.settings.set(CATALOG_STATE_KEY, null);
  }

  lastContactAt(): string | null {
    const value = this.settings.get(LAST_CONTACT_KEY);
    return typeof value === 'string' ? value : null;
  }

  setLastContactAt(at: string): void {
    this.settings.set(LAST_CONTACT_KEY, at);
  }
}

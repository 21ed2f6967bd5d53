/** The admin settings as a draft: load, edit locally, save (the core validates; its message by the field). */
import { useEffect, useState } from 'react';
import type { AdminSettings } from '../../src-main/contract/admin.types.js';
import { useKiosk } from '../app/kiosk-context.js';
import { unwrap } from '../api/client.js';
import { formError, type FormError } from './admin-api.js';

export interface SettingsDraft {
  draft: AdminSettings | null;
  set: <K extends keyof AdminSettings>(key: K, value: AdminSettings[K]) => void;
  save: (keys: ReadonlyArray<keyof AdminSettings>) => Promise<boolean>;
  error: FormError;
  saved: boolean;
  busy: boolean;
}

export function useSettings(): SettingsDraft {
  const { bridge } = useKiosk();
  const [draft, setDraft] = useState<AdminSettings | null>(null);
  const [error, setError] = useState<FormError>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    unwrap(bridge.api.admin.settings({})).then(setDraft, (e: unknown) => setError(formError(e)));
  }, [bridge]);
  return {
    draft,
    error,
    saved,
    busy,
    set: (key, value) => {
      setSaved(false);
      setDraft((d) => (d ? { ...d, [key]: value } : d));
    },
    save: async (keys) => {
      if (!draft) return false;
      setBusy(true);
      setSaved(false);
      try {
        const patch = Object.fromEntries(keys.map((k) => [k, draft[k]]));
        setDraft(await unwrap(bridge.api.admin.updateSettings(patch)));
        setError(null);
        setSaved(true);
        return true;
      } catch (e) {
        setError(formError(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}

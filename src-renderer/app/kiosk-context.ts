import { createContext, useContext } from 'react';
import type { AppInfo } from '../../src-main/contract/types.js';
import type { KioskBridge } from '../api/client.js';
import type { NavAction } from './navigation.js';

export interface KioskContextValue {
  bridge: KioskBridge;
  info: AppInfo;
  navigate: (action: NavAction) => void;
  largeText: boolean;
  setLargeText: (on: boolean) => void;
}

export const KioskContext = createContext<KioskContextValue | null>(null);

export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error('KioskContext missing');
  return value;
}

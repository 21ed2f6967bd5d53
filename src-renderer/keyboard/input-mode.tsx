/**
 * Which keyboard a text field opens with: the citizen's last choice among 拼音 / 手写 / 字母 / 数字 in
 * this session, else the field's own default. The choice lives in React state under the session's
 * view, so it is gone when the session ends (the view is remounted); it is never stored.
 */
import { createContext, useContext, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { pickMode, type InputMode } from './input-modes.js';

interface InputModeState {
  readonly chosen: InputMode | null;
  readonly choose: (mode: InputMode) => void;
}

const InputModeContext = createContext<InputModeState | null>(null);

export function InputModeProvider({ children }: { children: ReactNode }): ReactElement {
  const [chosen, choose] = useState<InputMode | null>(null);
  const value = useMemo(() => ({ chosen, choose }), [chosen]);
  return <InputModeContext.Provider value={value}>{children}</InputModeContext.Provider>;
}

/** The field's mode and the one-tap switch; outside a session (admin screens) the choice is local. */
export function useInputMode(
  offered: readonly InputMode[],
  fallback: InputMode,
): [InputMode, (mode: InputMode) => void] {
  const session = useContext(InputModeContext);
  const [local, setLocal] = useState<InputMode | null>(null);
  const chosen = session ? session.chosen : local;
  const choose = session ? session.choose : setLocal;
  return [pickMode(chosen, offered, fallback), choose];
}

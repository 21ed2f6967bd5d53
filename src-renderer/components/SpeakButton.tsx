/**
 * 朗读: reads a text aloud through the kiosk's speech engine; tap again to stop. When the engine cannot
 * play (none installed, no sound device) the button says so instead of doing nothing.
 */
import { useEffect, useState, type ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';
import { Icon } from './icons.js';

export function SpeakButton({ text, label = '朗读' }: { text: () => string; label?: string }): ReactElement {
  const { bridge } = useKiosk();
  const [speaking, setSpeaking] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(
    () =>
      bridge.on('speech.state', ({ speaking: on, unavailable: failed }) => {
        if (!on) setSpeaking(false);
        if (failed) setUnavailable(true);
      }),
    [bridge],
  );
  const toggle = (): void => {
    if (speaking) {
      setSpeaking(false);
      void bridge.api.speech.stop({});
      return;
    }
    const content = text().slice(0, 2000);
    if (!content.trim()) return;
    setSpeaking(true);
    setUnavailable(false);
    void bridge.api.speech.speak({ text: content });
  };
  return (
    <button
      type="button"
      className="btn btn-secondary btn-speak"
      aria-pressed={speaking}
      data-speech={unavailable ? 'unavailable' : undefined}
      onClick={toggle}
    >
      <Icon name="speaker" size={32} />
      {speaking ? '停止朗读' : unavailable ? '无法朗读：本机没有声音' : label}
    </button>
  );
}

/** 朗读: reads a text aloud through the kiosk's speech engine; tap again to stop. */
import { useEffect, useState, type ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';
import { Icon } from './icons.js';

export function SpeakButton({ text, label = '朗读' }: { text: () => string; label?: string }): ReactElement {
  const { bridge } = useKiosk();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => bridge.on('speech.state', ({ speaking: on }) => !on && setSpeaking(false)), [bridge]);
  const toggle = (): void => {
    if (speaking) {
      setSpeaking(false);
      void bridge.api.speech.stop({});
      return;
    }
    const content = text().slice(0, 2000);
    if (!content.trim()) return;
    setSpeaking(true);
    void bridge.api.speech.speak({ text: content });
  };
  return (
    <button type="button" className="btn btn-secondary btn-speak" aria-pressed={speaking} onClick={toggle}>
      <Icon name="speaker" size={32} />
      {speaking ? '停止朗读' : label}
    </button>
  );
}

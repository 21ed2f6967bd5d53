/**
 * Where the materials step finds the "upload from your phone" panel. While it is null the step does not
 * offer 从手机上传 at all; the phone-upload module sets it to its (lazily loaded) panel.
 */
import { lazy, type ComponentType } from 'react';

export interface PhoneUploadPanelProps {
  materialName: string;
  onClose(): void;
}

export const PhoneUploadPanel: ComponentType<PhoneUploadPanelProps> | null = lazy(() =>
  import('./PhoneUploadPanel.js').then((m) => ({ default: m.PhoneUploadPanel })),
);

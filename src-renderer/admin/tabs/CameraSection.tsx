/** 设备 › 高拍仪: the document camera chosen and tested (materials/CameraChooser.tsx) with admin.* methods. */
import type { ReactElement } from 'react';
import { useKiosk } from '../../app/kiosk-context.js';
import { CameraChooser } from '../../materials/CameraChooser.js';
import { Section } from '../fields.js';

export function CameraSection(): ReactElement {
  const { bridge } = useKiosk();
  return (
    <Section title="高拍仪（材料拍照）">
      <CameraChooser bridge={bridge} area="admin" />
    </Section>
  );
}

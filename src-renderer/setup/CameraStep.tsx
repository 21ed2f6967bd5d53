/**
 * First-run setup's 高拍仪 step: the document camera chosen and tested as in admin 设备 (the same
 * CameraChooser, with setup.* methods), or skipped when the kiosk has none — then citizens are offered
 * 到窗口再交 and, online, 从手机上传 for their materials.
 */
import { useState, type ReactElement } from 'react';
import type { KioskBridge } from '../api/client.js';
import { CameraChooser } from '../materials/CameraChooser.js';

export interface CameraStepProps {
  bridge: KioskBridge;
  onBack: () => void;
  onNext: () => void;
}

export default function CameraStep({ bridge, onBack, onNext }: CameraStepProps): ReactElement {
  const [tested, setTested] = useState(false);
  return (
    <>
      <p>本机如接有高拍仪（群众拍材料用），请选中它，点“测试拍照”，看到画面后点“下一步”。</p>
      <CameraChooser bridge={bridge} area="setup" onTested={setTested} />
      <p className="admin-hint">没有高拍仪也可以使用：群众的材料到窗口再交，联网时也可用手机上传。</p>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-large" onClick={onBack}>
          上一步
        </button>
        <button type="button" className="btn btn-secondary btn-large" data-camera-skip onClick={onNext}>
          没有高拍仪，跳过
        </button>
        <button type="button" className="btn btn-primary btn-large" disabled={!tested} onClick={onNext}>
          下一步
        </button>
      </div>
    </>
  );
}

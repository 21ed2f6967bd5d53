/** A QR code drawn as SVG squares from the `qrcode` matrix (no canvas, no innerHTML). */
import QRCode from 'qrcode';
import { useMemo, type ReactElement } from 'react';

export function QrCode({
  text,
  size = 200,
  label,
}: {
  text: string;
  size?: number;
  label: string;
}): ReactElement {
  const { count, cells } = useMemo(() => {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const dark: Array<[number, number]> = [];
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (qr.modules.get(x, y)) dark.push([x, y]);
    return { count: n, cells: dark };
  }, [text]);
  const quiet = 4;
  const total = count + quiet * 2;
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${total} ${total}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={total} height={total} fill="#fff" />
      <path fill="#000" d={cells.map(([x, y]) => `M${x + quiet} ${y + quiet}h1v1h-1z`).join('')} />
    </svg>
  );
}

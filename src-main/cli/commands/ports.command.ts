/**
 * `kiosk ports [--json]`: lists the serial ports the OS reports (USB adapters, built-in UARTs).
 * PTYs (socat links, emulators) are never listed by the OS enumeration: the message says so.
 */
import { listSerialPorts, type PortInfo } from '../../devices/serial-ports.js';
import type { CliIo } from '../cli-io.js';

export interface PortsDeps {
  list: () => Promise<PortInfo[]>;
}

const defaultDeps: PortsDeps = { list: () => listSerialPorts() };

export async function portsCommand(
  args: string[],
  io: CliIo,
  deps: PortsDeps = defaultDeps,
): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    io.err(`未知参数 / unknown argument: ${unknown.join(' ')}\n用法 / usage: kiosk ports [--json]`);
    return 2;
  }
  let ports: PortInfo[];
  try {
    ports = await deps.list();
  } catch (err) {
    io.err(`无法列出串口 / cannot list serial ports: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  if (json) {
    io.out(JSON.stringify(ports, null, 2));
    return 0;
  }
  if (ports.length === 0) {
    io.out(
      '未找到串口设备。注意：虚拟串口（PTY，如 socat 建立的链接）不会列出，可直接用 --port 指定路径。\n' +
        'No serial ports found. Note: PTYs (such as socat links) are never listed; pass their path with --port.',
    );
    return 0;
  }
  io.out('串口 / port\t厂商 / manufacturer\tVID:PID\t序列号 / serial');
  for (const p of ports) {
    const ids = p.vendorId || p.productId ? `${p.vendorId ?? '?'}:${p.productId ?? '?'}` : '-';
    io.out(`${p.path}\t${p.manufacturer ?? '-'}\t${ids}\t${p.serialNumber ?? '-'}`);
  }
  return 0;
}

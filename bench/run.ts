/**
 * `npm run bench`: runs the benchmarks on the demo catalog, prints a table and merges the figures into
 * bench/results.json (other benchmarks' keys are kept).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogSchema, type ServiceItem } from '../src-main/contract/catalog.schema.js';
import { benchCli } from './cli.bench.js';
import { benchColdStart } from './cold-start.bench.js';
import { benchDevices } from './devices.bench.js';
import { benchHandwriting } from './handwriting.bench.js';
import { benchHelpLatency } from './help-latency.bench.js';
import { benchPinyinTaps } from './pinyin-taps.bench.js';
import { benchDurability } from './durability.bench.js';
import { benchMaterialPage } from './material-page.bench.js';
import { benchSearch, benchSearchQuality } from './search.bench.js';
import { benchRendererSize } from './renderer-size.bench.js';
import { benchSync } from './sync.bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalogDir = path.join(root, 'resources', 'catalog');
const resultsFile = path.join(root, 'bench', 'results.json');

/** The demo catalog, validated like the kiosk validates it. */
function loadDemoItems(): ServiceItem[] {
  return catalogSchema.parse(JSON.parse(fs.readFileSync(path.join(catalogDir, 'demo-catalog.json'), 'utf8')))
    .items;
}

function readResults(): Record<string, unknown> {
  if (!fs.existsSync(resultsFile)) return {};
  const data: unknown = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

async function main(): Promise<void> {
  const items = loadDemoItems();
  if (items.length === 0)
    throw new Error('没有找到演示事项：resources/catalog/demo-catalog.json 或 parts/part-*.json');
  console.log(`演示事项 ${items.length} 个；开始测试搜索性能……`);
  const searchQuality = benchSearchQuality(items);
  console.table(searchQuality);
  const search = await benchSearch(items);
  console.table(search);
  console.log('开始测试读卡和小票打印（按 115200 波特率计线路时间）……');
  const devices = await benchDevices();
  console.log(JSON.stringify(devices, null, 2));
  console.log('开始测试与区级服务器的同步（目录全量、增量、发件箱上传速率）……');
  const sync = await benchSync();
  console.log(JSON.stringify(sync, null, 2));
  console.log('开始测试断电安全（synchronous FULL 与 NORMAL 的写入和上传速率）……');
  const durability = await benchDurability();
  console.log(JSON.stringify(durability, null, 2));

  console.log('开始测试材料拍照（相机画面 → 每页 JPEG）……');
  const materialPage = await benchMaterialPage();
  console.log(JSON.stringify(materialPage, null, 2));

  console.log('开始测试手写识别（合成笔迹：准确率、每笔识别时间）……');
  const handwriting = benchHandwriting();
  console.log(JSON.stringify(handwriting, null, 2));
  console.log('开始统计拼音输入 50 个常见填写内容的点按次数（改进前/后）……');
  const pinyinTaps = benchPinyinTaps();
  console.log(JSON.stringify(pinyinTaps, null, 2));

  console.log('开始测试命令行启动（与 node -e 0 对比）……');
  const cli = benchCli();
  console.log(JSON.stringify(cli, null, 2));
  console.log('开始测试界面首个脚本大小……');
  const renderer = benchRendererSize();
  console.log(JSON.stringify(renderer, null, 2));
  console.log('开始测试冷启动（启动进程到首页就绪，无头 Chromium）……');
  const coldStart = await benchColdStart();
  console.log(JSON.stringify(coldStart, null, 2));

  console.log('开始测试呼叫工作人员从终端到管理台的延迟（真实终端进程、服务器进程、管理台事件流）……');
  const helpLatency = await benchHelpLatency();
  console.log(JSON.stringify(helpLatency, null, 2));

  const previous = readResults();
  const previousResults = previous.results;
  const out = {
    ...previous,
    generatedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version },
    loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
    results: {
      ...(previousResults !== null && typeof previousResults === 'object' ? previousResults : {}),
      search,
      searchQuality,
      devices,
      sync,
      handwriting,
      pinyinTaps,
      durability,
      materialPage,
      cli,
      renderer,
      coldStart,
      helpLatency,
    },
  };
  fs.writeFileSync(resultsFile, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`结果已写入 ${path.relative(root, resultsFile)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

/**
 * The screen checks themselves, in Chromium on small hand-made pages: each rule fails where it should
 * (so a screen that passes them has passed something), and passes a page that keeps the rules.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from './harness.js';
import { checkScreen } from './screen-checks.js';

const STYLE = `
  body { font: 20px/1.5 'Noto Sans CJK SC', sans-serif; margin: 24px; color: #111; background: #fff; }
  .ok { display: inline-block; min-width: 64px; min-height: 64px; font: inherit; }
  .pointer { cursor: pointer; display: inline-block; width: 40px; height: 40px; background: #eef; }
  .pointer span { display: inline-block; width: 10px; }
  .spin { display: inline-block; width: 100px; height: 100px; animation: turn 2s linear infinite; }
  .brief { display: inline-block; width: 100px; height: 100px; animation: turn 2s linear 2; }
  @keyframes turn { to { transform: rotate(360deg); } }
`;

describe('screen checks', { timeout: 90_000 }, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function check(body: string): Promise<Awaited<ReturnType<typeof checkScreen>>> {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><title>检查</title><style>${STYLE}</style></head>` +
        `<body><main>${body}</main></body></html>`,
    );
    return checkScreen(page, 'normal');
  }

  it('passes a page that keeps the rules, with a short animation', async () => {
    const result = await check(
      '<h1>办事指南</h1><button class="ok" type="button">确定</button><div class="brief" aria-hidden="true"></div>',
    );
    expect(result).toEqual({ axe: [], targets: [], fonts: [], motion: [], viewport: [] });
  });

  it('measures non-semantic clickables: a pointer cursor (not its children), a click handler', async () => {
    const result = await check(
      '<h1>办事指南</h1>' +
        '<div class="pointer" id="by-cursor"><span>办</span></div>' +
        '<div id="by-handler" onclick="void 0" style="display:inline-block;width:30px;height:90px">事</div>' +
        '<div id="by-react" style="display:inline-block;width:90px;height:20px">指南</div>' +
        // What React leaves on an element rendered with onClick (it listens at its root).
        '<script>document.getElementById("by-react").__reactProps$test = { onClick() {} };</script>',
    );
    expect(result.targets).toEqual(['div.pointer "办" is 40×40', 'div "事" is 30×90', 'div "指南" is 90×20']);
  });

  it('flags an animation that never stops (WCAG 2.2.2)', async () => {
    const result = await check('<h1>办事指南</h1><div class="spin" aria-hidden="true"></div>');
    expect(result.motion).toEqual(['div.spin "" animation turn runs forever > 5000 ms']);
  });

  it('flags small text, tight lines and small targets', async () => {
    const result = await check(
      '<h1>办事指南</h1><p style="font-size:14px">小字</p><p style="line-height:1">紧</p>' +
        '<button type="button" style="width:40px;height:40px;font:inherit">好</button>',
    );
    expect(result.fonts.join('\n')).toMatch(/"小字" font 14px < 20px/);
    expect(result.fonts.join('\n')).toMatch(/"紧" line-height 1\.00 < 1\.3/);
    expect(result.targets).toEqual(['button "好" is 40×40']);
  });

  it('flags content past the side, a pinned bar under another, a screen that must fit, actions off screen', async () => {
    const result = await check(
      '<h1>办事指南</h1>' +
        '<div style="position:sticky;top:0;height:150px;background:#fff">顶栏</div>' +
        '<nav style="position:sticky;top:96px;height:60px;background:#fff">分节</nav>' +
        '<div style="width:1300px">太宽的内容</div>' +
        '<div data-fit-screen style="height:2400px">首页</div>' +
        '<div data-primary-actions style="height:80px"><button class="ok" type="button">完成</button></div>',
    );
    expect(result.viewport).toEqual([
      'div "太宽的内容" outside the viewport sideways (24…1324 of 1080)',
      'nav "分节" pinned at 96 px slides under div "顶栏" (to 150 px)',
      expect.stringMatching(/^screen needs scrolling: \d+ px of 1920$/),
      expect.stringMatching(/^div "完成" primary actions off screen \(\d+…\d+ of 1920\)$/),
    ]);
  });

  it('passes pinned bars that stack, and actions pinned to the bottom of a long screen', async () => {
    const result = await check(
      '<h1>办事指南</h1>' +
        '<div style="position:sticky;top:0;height:150px;background:#fff">顶栏</div>' +
        '<nav style="position:sticky;top:150px;height:60px;background:#fff">分节</nav>' +
        '<div style="height:2400px">很长的内容</div>' +
        '<div data-primary-actions style="position:sticky;bottom:0;height:80px;background:#fff">' +
        '<button class="ok" type="button">完成</button></div>',
    );
    expect(result.viewport).toEqual([]);
  });
});

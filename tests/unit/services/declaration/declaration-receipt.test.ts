/** The receipt's and the done step's words on what becomes of a declaration: uploaded, later, or never (demo). */
import { describe, expect, it } from 'vitest';
import type { UploadState } from '../../../../src-main/contract/declaration.types.js';
import {
  declarationReceipt,
  type DeclarationReceiptInput,
} from '../../../../src-main/services/declaration/declaration.receipt.js';
import { declarationDone } from '../../../../src-main/contract/kiosk-promises.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';

const item = loadDemoCatalog().items.find((i) => i.id === 'elder-card')!;

function input(upload: UploadState): DeclarationReceiptInput {
  return {
    hallName: '淄川区昆仑镇便民服务中心',
    hallPhone: '0533-5180000',
    item,
    localNumber: 'ZCKL01202611250001',
    submittedAt: new Date('2026-11-25T02:00:00Z'),
    maskedName: '韩*英',
    maskedIdNumber: '3703**********0029',
    progressUrl: 'https://example.cn/p?no=ZCKL01202611250001',
    ratingUrl: 'https://example.cn/r?no=ZCKL01202611250001',
    upload,
  };
}

function texts(upload: UploadState): string[] {
  return declarationReceipt(input(upload)).flatMap((l) => (l.kind === 'text' ? [l.text] : []));
}

describe('what the receipt says about the upload', () => {
  it('online: the next steps, and no word about the network', () => {
    const lines = texts('online');
    expect(lines.some((t) => t.startsWith('工作人员将在一个工作日内审查'))).toBe(true);
    expect(lines.filter((t) => /网络|演示/.test(t))).toEqual([]);
  });

  it('provisioned but offline: uploaded when the network returns', () => {
    expect(texts('offline').filter((t) => /网络|演示/.test(t))).toEqual([
      '当前网络未连接，申请已安全保存在本机，网络恢复后将自动上传。',
    ]);
  });

  it('a demo kiosk: kept here, never uploaded, never handled; no review promised, no network talk', () => {
    const lines = texts('local');
    expect(lines.filter((t) => /网络|演示/.test(t))).toEqual([
      '演示模式：本申请只保存在本机，不会上传，也不会被受理。如需办理，请到窗口。',
    ]);
    expect(lines.some((t) => t.startsWith('工作人员将'))).toBe(false);
    const all = declarationReceipt(input('local'));
    expect(all.filter((l) => l.kind === 'qr')).toEqual([]);
    expect(JSON.stringify(all)).not.toMatch(/承诺时限|扫码/);
    expect(lines).toContain('可在本机“进度查询”输入申报编号查看本申请。');
    expect(declarationReceipt(input('online')).filter((l) => l.kind === 'qr')).toHaveLength(2);
  });

  it('the done step says the same, from its title on; a demo kiosk promises no time limit', () => {
    const online = declarationDone('online', '老年人优待证办理', '5个工作日');
    expect(online).toEqual({
      title: '已提交',
      lead: '您的「老年人优待证办理」申请已提交，办理时限：5个工作日。',
      handled: true,
    });
    const offline = declarationDone('offline', '老年人优待证办理', '5个工作日');
    expect(offline.title).toBe('已保存，待上传');
    expect(offline.lead).toMatch(
      /^当前网络未连接，申请已安全保存在本机，网络恢复后将自动上传。上传后开始办理/,
    );
    const demo = declarationDone('demo', '老年人优待证办理', '5个工作日');
    expect(demo.title).toBe('演示模式：不会被受理');
    expect(demo.lead).toMatch(/^演示模式：.*不会上传，也不会被受理/);
    expect(demo.lead).not.toMatch(/网络|办理时限|已提交/);
    expect(demo.handled).toBe(false);
  });
});

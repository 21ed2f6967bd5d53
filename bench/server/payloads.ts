/**
 * Submission bodies like the kiosk's: fictional citizens (the ID numbers are well-formed samples of the
 * test card), a declaration's form data (~1.5 KB), ratings, complaints, help calls.
 */
import crypto from 'node:crypto';
import { RATING_REASONS } from '../../src-protocol/index.js';

const NAMES = ['韩红英', '王建国', '李秀兰', '张志强', '刘桂芳', '陈德明', '孙玉梅', '赵国庆'];
const ITEMS = [
  'pension-enroll',
  'low-income-aid',
  'medical-insurance',
  'birth-registration',
  'disability-aid',
];

export interface SubmissionBody {
  idempotencyKey: string;
  kind: 'declaration' | 'rating' | 'complaint' | 'help';
  payload: Record<string, unknown>;
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

export function declaration(random: () => number): SubmissionBody {
  const name = pick(NAMES, random);
  return {
    idempotencyKey: crypto.randomUUID(),
    kind: 'declaration',
    payload: {
      itemId: pick(ITEMS, random),
      applicant: {
        name,
        idNumber: '370302199001010029',
        phone: `138${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        address: '山东省淄博市淄川区昆仑镇昆仑村幸福路 18 号',
      },
      fields: {
        reason: '家庭成员因病长期治疗，收入不足以维持基本生活，申请最低生活保障。',
        householdSize: 1 + Math.floor(random() * 5),
        monthlyIncome: Math.floor(random() * 2_000),
        bank: {
          name: '淄川农商银行',
          account: `6223${String(Math.floor(random() * 1e12)).padStart(12, '0')}`,
        },
        members: Array.from({ length: 3 }, (_, i) => ({
          name: pick(NAMES, random),
          relation: ['配偶', '子女', '父母'][i],
          birthDate: `19${60 + Math.floor(random() * 40)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
          health: '一般',
        })),
        note: '申请人已阅读并同意《个人信息处理告知书》，承诺所填信息真实有效。'.repeat(3),
      },
      materials: [
        { name: '居民身份证', form: '原件', shared: true },
        { name: '户口簿', form: '原件', shared: true },
        { name: '收入证明', form: '复印件', shared: false },
        { name: '医疗费用票据', form: '复印件', shared: false },
      ],
      consentAt: new Date().toISOString(),
    },
  };
}

export function rating(random: () => number, targetCase: string | null, poor: boolean): SubmissionBody {
  return {
    idempotencyKey: crypto.randomUUID(),
    kind: 'rating',
    payload: {
      target: targetCase ? { caseNumber: targetCase } : { hallVisit: true },
      level: poor ? 1 + Math.floor(random() * 2) : 3 + Math.floor(random() * 3),
      reasons: poor ? [pick(RATING_REASONS, random)] : [],
      ...(poor ? { comment: '等了很久，希望增加窗口' } : {}),
    },
  };
}

export function complaint(random: () => number): SubmissionBody {
  const anonymous = random() < 0.5;
  return {
    idempotencyKey: crypto.randomUUID(),
    kind: 'complaint',
    payload: {
      category: pick(['服务态度', '办事效率', '意见建议', '其他'] as const, random),
      text: '自助终端打印机缺纸，工作人员半小时后才来处理，建议增加巡检。',
      anonymous,
      ...(anonymous ? {} : { phone: '13800000000' }),
    },
  };
}

export function help(kiosk: string, hall: string): SubmissionBody {
  return {
    idempotencyKey: crypto.randomUUID(),
    kind: 'help',
    payload: {
      callId: crypto.randomUUID(),
      action: 'call',
      kiosk,
      hall,
      screen: 'declare/pension-enroll',
      time: new Date().toISOString(),
    },
  };
}

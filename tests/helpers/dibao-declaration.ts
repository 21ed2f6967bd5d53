/**
 * A complete, valid 最低生活保障审核确认 declaration of the test person with two household members
 * (fictional people, valid ID check digits), for the application-form and household-group tests.
 */
import type { FormValues } from '../../src-main/contract/form-values.js';

export const HOUSEHOLD = [
  {
    memberName: '王建国',
    relation: '配偶',
    memberIdNumber: '370302198805060019',
    health: '重病',
    occupation: '无劳动能力',
    memberIncome: '0',
  },
  {
    memberName: '王小雨',
    relation: '子女',
    memberIdNumber: '370302201503070048',
    health: '健康',
    occupation: '在校学生',
    memberIncome: '',
  },
] as const;

/** The applicant's own answers (the test person: the e2e log scan looks for these). */
export const APPLICANT = {
  name: '韩红英',
  idNumber: '370302199001010029',
  address: '昆仑镇昆仑村123号',
  phone: '13805331234',
  reason: '丈夫患尿毒症需长期透析，家中缺乏劳动力，收入不足以维持基本生活。',
} as const;

export const DIBAO_VALUES: FormValues = {
  name: APPLICANT.name,
  idNumber: APPLICANT.idNumber,
  sex: '女',
  birthDate: '1990-01-01',
  address: APPLICANT.address,
  phone: APPLICANT.phone,
  householdVillage: '昆仑镇磁村',
  familySize: '3',
  monthlyIncome: '1200',
  povertyReason: '因病',
  reason: APPLICANT.reason,
  members: HOUSEHOLD.map((m) => ({ ...m })),
  payAccount: '',
};

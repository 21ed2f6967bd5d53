/**
 * Which queries that found nothing may be kept for the hall's list (统计), so it can add 俗称: never one
 * that may carry personal data. Refused: anything with an ID number, phone or card number (five digits
 * in a row, or six in all), an address with a number, a query that reads as a personal name (2–4 汉字
 * starting with a common surname, or its pinyin), an e-mail address, and anything long. What is kept is
 * cleaned (NFKC, lower case, single spaces). Pure: no Node, no DOM.
 */
import { splitSyllables } from './search.query.js';

const MAX_KEPT_CHARS = 24;
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜' +
  '崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文' +
  '牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛' +
  '曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏' +
  '席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '令狐',
  '夏侯',
];
const SURNAME_PINYIN = new Set([
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'zhu',
  'hu',
  'guo',
  'he',
  'gao',
  'lin',
  'luo',
  'zheng',
  'liang',
  'xie',
  'song',
  'tang',
  'han',
  'feng',
  'deng',
  'cao',
  'peng',
  'zeng',
  'xiao',
  'tian',
  'dong',
  'yuan',
  'pan',
  'yu',
  'jiang',
  'cai',
  'du',
  'ye',
  'cheng',
  'su',
  'wei',
  'lv',
  'ding',
  'ren',
  'shen',
  'yao',
  'lu',
  'cui',
  'zhong',
  'tan',
  'fan',
  'jin',
  'shi',
  'liao',
  'jia',
  'xia',
  'fu',
  'fang',
  'bai',
  'zou',
  'meng',
  'xiong',
  'qin',
  'qiu',
  'yin',
  'xue',
  'yan',
  'duan',
  'lei',
  'hou',
  'long',
  'tao',
  'li',
  'gu',
  'mao',
  'hao',
  'gong',
  'shao',
  'wan',
  'qian',
  'kong',
  'kang',
  'niu',
  'qiao',
  'zhan',
]);
const HAN = /^\p{Script=Han}+$/u;
const ADDRESS_WITH_NUMBER = /\d.*[村组号楼室单元栋户巷街路]|[村组号楼室单元栋户巷街路].*\d/u;

function looksLikeName(q: string): boolean {
  const compact = q.replace(/\s+/gu, '');
  const chars = Array.from(compact);
  if (HAN.test(compact) && chars.length >= 2 && chars.length <= 4) {
    if (COMPOUND_SURNAMES.some((s) => compact.startsWith(s))) return true;
    if (SURNAMES.includes(chars[0] as string) && chars.length <= 3) return true;
  }
  if (/^[a-z\s]+$/u.test(q)) {
    const syllables = splitSyllables(compact);
    if (syllables !== undefined && syllables.length >= 2 && syllables.length <= 3)
      return SURNAME_PINYIN.has(syllables[0] as string);
  }
  return false;
}

/** The query as it may be kept, or undefined when it must not be stored at all. */
export function storableMissQuery(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const q = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{C}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (q === '' || Array.from(q).length > MAX_KEPT_CHARS) return undefined;
  if (!/[\p{L}\p{N}]/u.test(q)) return undefined;
  const digits = q.replace(/\D/gu, '').length;
  if (digits >= 6 || /\d{5}/u.test(q)) return undefined;
  if (/[@＠]/u.test(q) || ADDRESS_WITH_NUMBER.test(q)) return undefined;
  if (looksLikeName(q)) return undefined;
  return q;
}

/**
 * Which queries that found nothing may be kept for the hall's list (统计), so it can add 俗称: never one
 * that may carry personal data. Refused: anything with an ID number, phone or card number (five digits
 * in a row, or six in all), an address with a number, a query that is or holds a personal name, an e-mail
 * address, and anything long. A name is found two ways: the whole query read as one (2–4 汉字 starting with
 * a common surname, or its pinyin; two latin words that are not both pinyin), and inside a longer query
 * as a surname followed by a first-name character that the dictionary does not read as another word
 * (查韩红英, 帮张春办社保卡). Better a real question lost from the list than a villager's name kept in
 * it. What is kept is cleaned (NFKC, lower case, single spaces). Pure: no Node, no DOM (the tagger is
 * given).
 */
import { splitSyllables } from './search.query.js';

const MAX_KEPT_CHARS = 24;
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜' +
  '崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文' +
  '牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛' +
  '曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏' +
  '席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
  // Rare ones that are hardly ever part of another word.
  '乜仝亓逄禹庹芮蔺訾昝隗笪郜鄢阚殳郦嵇邴濮荀於麴汲邰糜宓郗扈蒯揭佴綦厉';
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
  '东郭',
  '端木',
  '南宫',
  '西门',
  '呼延',
  '宇文',
  '百里',
  '闻人',
  '赫连',
  '澹台',
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
const LATIN_WORDS = /^[a-z]+( [a-z]+)+$/u;

/** A word of a text with its part of speech (jieba's tags: nr… a person's name, ns a place). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** Cuts a text into dictionary words, in order and covering it, and tags each (jieba's `tag`). */
export type Tagger = (text: string) => TaggedWord[];

const ADDRESS_WITH_NUMBER = /\d.*[村组号楼室单元栋户巷街路]|[村组号楼室单元栋户巷街路].*\d/u;

function looksLikeName(q: string): boolean {
  const compact = q.replace(/\s+/gu, '');
  const chars = Array.from(compact);
  if (HAN.test(compact) && chars.length >= 2 && chars.length <= 4) {
    if (COMPOUND_SURNAMES.some((s) => compact.startsWith(s))) return true;
    if (SURNAMES.includes(chars[0] as string) && chars.length <= 3) return true;
  }
  // The pinyin of a name, spaced out (wang xiu ying) or as one word anywhere in the query (wangxiuying
  // lihun, 查wangxiuying).
  if (/^[a-z\s]+$/u.test(q) && pinyinName(compact)) return true;
  return (q.match(/[a-z]+/gu) ?? []).some(pinyinName);
}

/** Two or three pinyin syllables, the first a surname's: zhangsan, wangxiuying. */
function pinyinName(latin: string): boolean {
  const syllables = splitSyllables(latin);
  return (
    syllables !== undefined &&
    syllables.length >= 2 &&
    syllables.length <= 3 &&
    SURNAME_PINYIN.has(syllables[0] as string)
  );
}

/**
 * Characters most often given as (part of) a first name: a surname followed by one of them is read as a
 * name (韩红英, 张春), unless the two are a word of the dictionary (文明, 高龄).
 */
const GIVEN_NAME_CHARS =
  '英华玉秀明珍文芳兰国红丽军平建春金海云凤霞梅林荣强伟志福德成桂永刚俊杰峰涛磊勇斌超波辉鹏敏静燕' +
  '娟艳萍洁琳婷雪慧颖倩晶莉娜琴丹宁君艺佳欣怡萱涵梓轩浩宇博晨阳睿泽瑞鑫凯旭昊思嘉晓立光东仁义礼智' +
  '信忠孝友庆祥顺喜贵富财宝旺根柱栓锁娥香翠菊莲芬珠琼美爱淑巧素彩秋冬清芝兵卫民中胜利振铁良田亮' +
  // Village names: 大山, 二妮, 三娃, 小红.
  '大二三小';

/**
 * Whether the query holds a name: a word the tagger (jieba, dictionary words only) tags as a name that
 * starts with a surname (张三丰; 杨树 is lost with them), or a surname followed by a first-name character
 * where the tagger does not read the two as another word. A surname inside a word of the dictionary
 * (高龄, 马上, 林地) is no name, unless the word is tagged as a place (jieba reads 苏林珍 as 苏林/ns 珍);
 * a surname standing alone as a conjunction or particle (低保和五保) neither. Measured: of the 326
 * everyday questions of tests/fixtures/search-eval.tsv, one refused (卖杨树要办采伐证); of 3,000
 * generated names inside questions (查…, …的低保, 帮…办社保卡), all but 20 refused.
 */
function holdsName(q: string, words: readonly TaggedWord[]): boolean {
  let at = 0;
  for (const { word, tag } of words) {
    const start = q.indexOf(word, at);
    if (start < 0) break;
    at = start + word.length;
    if (!SURNAMES.includes(word[0]!)) continue;
    // A name the dictionary knows (张三丰, 李建国).
    if (word.length >= 2 && tag.startsWith('nr')) return true;
    if (word.length >= 2 && tag !== 'ns') continue;
    if (word.length === 1 && /^(c|u|y|e|o)/u.test(tag)) continue;
    const next = q[start + 1];
    if (next !== undefined && GIVEN_NAME_CHARS.includes(next)) return true;
  }
  return false;
}

/** Two or more latin words, not all of them pinyin: a foreign name (john smith) as likely as anything. */
function foreignName(q: string): boolean {
  if (!LATIN_WORDS.test(q)) return false;
  return q.split(' ').some((w) => splitSyllables(w) === undefined);
}

/**
 * The query as it may be kept, or undefined when it must not be stored at all. `tag` finds names inside
 * the query; every caller that stores a query passes it.
 */
export function storableMissQuery(raw: string, tag: Tagger): string | undefined {
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
  if (looksLikeName(q) || foreignName(q)) return undefined;
  if (holdsName(q, tag(q))) return undefined;
  return q;
}

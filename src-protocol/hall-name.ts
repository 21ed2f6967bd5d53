/**
 * The district's naming rule for service halls (《淄川区镇村便民服务标准化管理办法》, 规范场所名称):
 * - 淄川区××镇便民服务中心, 淄川区××街道便民服务中心, 淄川区××开发区便民服务中心 (镇、街道、开发区 level);
 * - ××村便民服务站, ××社区便民服务站 (village or community level);
 * - ××便民服务点 (set up with a post office, bank, shop and the like).
 * Used by the kiosk's settings and by the district server's `hall create`. Pure: no Node, no DOM.
 */

export type HallKind = 'center' | 'station' | 'point';

/** 汉字 (with the 间隔号 of some place names); ×× of a 服务点 may also name a bank branch's number. */
const HAN = '\\p{Script=Han}·';
const CENTER = new RegExp(`^淄川区[${HAN}]{1,12}(镇|街道|开发区)便民服务中心$`, 'u');
const STATION = new RegExp(`^[${HAN}]{1,20}(村|社区)便民服务站$`, 'u');
const POINT = new RegExp(`^[${HAN}A-Za-z0-9（）()]{2,30}便民服务点$`, 'u');

export const HALL_NAME_RULE =
  '名称应为"淄川区××镇(街道、开发区)便民服务中心"、"××村(社区)便民服务站"或"××便民服务点"';

/** The hall's level by its name, or null when the name breaks the rule. */
export function hallKind(name: string): HallKind | null {
  if (CENTER.test(name)) return 'center';
  if (STATION.test(name)) return 'station';
  if (POINT.test(name)) return 'point';
  return null;
}

/** null when the name follows the rule, else one Chinese sentence saying what is wrong. */
export function hallNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed !== name) return '名称前后不能有空格';
  if (hallKind(name) !== null) return null;
  if (name.endsWith('便民服务中心') && !name.startsWith('淄川区'))
    return '便民服务中心的名称应以"淄川区"开头，例如"淄川区昆仑镇便民服务中心"';
  if (name.endsWith('便民服务中心')) return '便民服务中心的名称应为"淄川区××镇(街道、开发区)便民服务中心"';
  if (name.endsWith('便民服务站')) return '便民服务站的名称应为"××村(社区)便民服务站"';
  return HALL_NAME_RULE;
}

/**
 * Characters of Chinese personal names: the common single surnames, most frequent first (national
 * census order), the common compound surnames, and characters often found in given names. The
 * handwriting model covers all of them; the pinyin keyboard ranks surnames first in name fields.
 */

/** Common single surnames, most frequent first. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';

/** Common compound surnames with their toneless syllables. */
export const COMPOUND_SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['欧阳', 'ou yang'],
  ['司马', 'si ma'],
  ['诸葛', 'zhu ge'],
  ['上官', 'shang guan'],
  ['东方', 'dong fang'],
  ['皇甫', 'huang fu'],
  ['令狐', 'ling hu'],
  ['慕容', 'mu rong'],
];

/** Characters common in given names (older and younger generations alike). */
export const GIVEN_NAME_CHARACTERS =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华玲桂兰霞平刚飞鹏辉建国红梅海燕志文俊峰林云玉春凤莲宇浩然子轩梓涵欣怡佳琪雨萱思博宏鑫淑珍荣德福贵祥瑞成永庆兴利宝山水金银凯旭阳晨晓丹婷倩颖慧莉萍琳晶雪月翠花香菊芬芹新民立忠义仁厚长生宁安家乐和美丰广胜学彬斌帅毅翔振亮波东升帆健蕾薇媛婉馨昊皓泽嘉睿一诺墨奕辰沐汐若希依豪宸铭恒硕晟岩坤宪法保全喜顺财富芝娥';

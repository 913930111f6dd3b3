/**
 * Synthetic people for the demo: names, resident ID numbers with a correct check digit (GB 11643-1999),
 * mobile numbers and addresses. Every person is invented; combinations are drawn from common surnames,
 * given-name characters and real administrative division codes so that forms and validators see
 * realistic input.
 */
import type { Random } from './random.js';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '于',
  '蒋',
  '蔡',
] as const;
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '建国',
  '志强',
  '海燕',
  '晓东',
  '文博',
  '子涵',
  '雨萱',
  '浩然',
  '梓轩',
  '欣怡',
  '国庆',
  '春梅',
  '玉兰',
  '德明',
  '丽华',
  '振华',
  '思远',
  '佳琪',
  '一鸣',
  '淑珍',
  '红霞',
  '立新',
] as const;

/** Real county-level division codes (GB/T 2260) with the address prefix they stand for. */
export const REGIONS = [
  { code: '510104', prefix: '四川省成都市锦江区', streets: ['春熙路', '东大街', '水井坊街', '红星路三段'] },
  { code: '510107', prefix: '四川省成都市武侯区', streets: ['人民南路四段', '科华北路', '玉林西路', '武侯祠大街'] },
  { code: '110105', prefix: '北京市朝阳区', streets: ['建国路', '朝阳北路', '望京街', '东三环中路'] },
  { code: '310104', prefix: '上海市徐汇区', streets: ['漕溪北路', '衡山路', '天钥桥路', '龙华中路'] },
  { code: '440106', prefix: '广东省广州市天河区', streets: ['天河路', '体育西路', '黄埔大道西', '中山大道'] },
  { code: '320102', prefix: '江苏省南京市玄武区', streets: ['中山路', '北京东路', '珠江路', '龙蟠路'] },
  { code: '330106', prefix: '浙江省杭州市西湖区', streets: ['文三路', '天目山路', '教工路', '古墩路'] },
  { code: '420106', prefix: '湖北省武汉市武昌区', streets: ['中南路', '武珞路', '中北路', '积玉桥街'] },
] as const;

const MOBILE_PREFIXES = ['138', '139', '136', '150', '151', '158', '186', '187', '177', '189', '199', '135'] as const;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/** The check character of an 18-digit resident ID number from its first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`idCheckDigit needs 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** A synthetic person as the demo enters them into a form. */
export interface DemoPerson {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  regionCode: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A synthetic person born between 1950 and 2000. */
export function makePerson(random: Random): DemoPerson {
  const region = random.pick(REGIONS);
  const name = random.pick(SURNAMES) + random.pick(GIVEN);
  const year = random.int(1950, 2000);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const first17 = region.code + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(random.int(1, 999), 3);
  const idNumber = first17 + idCheckDigit(first17);
  const phone = random.pick(MOBILE_PREFIXES) + pad(random.int(0, 99_999_999), 8);
  const address = `${region.prefix}${random.pick(region.streets)}${random.int(1, 399)}号${random.int(1, 30)}栋${random.int(1, 6)}单元${random.int(101, 2806)}室`;
  return { name, idNumber, phone, address, regionCode: region.code };
}

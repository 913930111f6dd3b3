/**
 * Synthetic matters for the demo, by class (22 arts 29–31): suggestions, accusations and claims, each a
 * subject line and a few sentences of facts and request, the way a petitioner or a clerk writes them down
 * (22 art 19(1): request, facts, reasons).
 */
import type { Random } from './random.js';

export type DemoClass = 'suggestion' | 'accusation' | 'claim';

interface Template {
  subject: string;
  facts: string;
  request: string;
  /** Optional topic hint for topic-routed policies (seed §医院, seed §局 来信归口). */
  topic?: string;
}

const SUGGESTIONS: readonly Template[] = [
  {
    subject: '建议增设老旧小区加装电梯补贴',
    facts: '小区建于1995年，六层无电梯，老人上下楼困难。',
    request: '建议将本小区纳入加装电梯补贴范围。',
  },
  {
    subject: '建议优化早高峰公交线路',
    facts: '早高峰时段公交车间隔过长，站台拥挤。',
    request: '建议加密早高峰班次并增设区间车。',
  },
  {
    subject: '建议在学校周边增设人行横道信号灯',
    facts: '学校门口车流量大，学生过马路存在安全隐患。',
    request: '建议增设信号灯并在上下学时段安排交通协管。',
  },
  {
    subject: '关于社区食堂为老年人助餐的建议',
    facts: '社区独居老人较多，就餐不便。',
    request: '建议开设社区长者食堂并提供送餐服务。',
  },
  {
    subject: '建议公园延长开放时间',
    facts: '夏季傍晚市民锻炼需求大，公园晚八点闭园。',
    request: '建议夏季延长开放至晚十点。',
  },
  {
    subject: '关于改进门诊预约挂号的建议',
    facts: '老年人不会使用手机预约，现场号源少。',
    request: '建议保留一定比例现场号源并设置志愿者引导。',
    topic: 'medical',
  },
  {
    subject: '建议在单位内部公开信访办理结果',
    facts: '职工反映的问题办理情况不透明。',
    request: '建议在适当范围内公布热点问题及处理结果。',
  },
];

const ACCUSATIONS: readonly Template[] = [
  {
    subject: '反映某工作人员违规收取费用',
    facts: '办理证照时被要求另交“加急费”且不开具票据。',
    request: '请求调查核实并依纪依法处理。',
  },
  { subject: '检举某单位违规发放津贴补贴', facts: '该单位以会议名义套取资金发放补贴。', request: '请求纪检部门调查。' },
  {
    subject: '控告工地夜间违规施工扰民',
    facts: '工地连续多日凌晨施工，噪声严重超标，多次劝阻无效。',
    request: '请求依法查处并责令停止夜间施工。',
  },
  {
    subject: '反映食品经营者销售过期食品',
    facts: '在某超市购买的牛奶已过保质期，商家拒绝处理。',
    request: '请求市场监管部门查处。',
  },
  {
    subject: '检举违规占用公共绿地搭建建筑',
    facts: '小区绿地被私自圈占并搭建彩钢房。',
    request: '请求依法拆除违法建筑。',
  },
  {
    subject: '反映医务人员收受红包',
    facts: '家属住院期间，主治医生暗示收取红包。',
    request: '请求调查处理并退还。',
    topic: 'ethics',
  },
];

const CLAIMS: readonly Template[] = [
  {
    subject: '请求解决拖欠农民工工资问题',
    facts: '在某项目务工八个月，工程款结算后仍拖欠工资三万余元。',
    request: '请求督促用人单位支付拖欠工资。',
    topic: 'labour',
  },
  {
    subject: '请求解决房屋漏水维修问题',
    facts: '新购商品房交付一年即出现顶层漏水，开发商推诿。',
    request: '请求协调开发商履行保修义务。',
  },
  {
    subject: '反映低保资格被取消',
    facts: '本人因病丧失劳动能力，今年低保资格被取消且未告知理由。',
    request: '请求重新审核低保资格。',
  },
  {
    subject: '请求解决子女入学问题',
    facts: '随迁子女符合入学条件，但学校以学位已满为由拒收。',
    request: '请求教育部门安排就近入学。',
  },
  {
    subject: '对医疗费用结算有异议',
    facts: '住院费用清单中有未使用的耗材收费。',
    request: '请求核查并退还多收费用。',
    topic: 'dispute',
  },
  {
    subject: '请求解决征收补偿款未足额到位问题',
    facts: '房屋征收协议约定的补偿款至今仍有部分未支付。',
    request: '请求督促按协议足额支付补偿款。',
  },
  {
    subject: '反映物业公司乱收费',
    facts: '物业公司未经业主大会同意上调物业费并收取停车管理费。',
    request: '请求价格主管部门核查。',
    topic: 'price',
  },
  { subject: '请求恢复供暖', facts: '入冬后小区供暖温度长期不达标，多次报修无果。', request: '请求督促供热单位整改。' },
];

const BY_CLASS: Record<DemoClass, readonly Template[]> = {
  suggestion: SUGGESTIONS,
  accusation: ACCUSATIONS,
  claim: CLAIMS,
};

/** A drawn matter: subject line, written content, and an optional topic hint. */
export interface DemoMatter {
  subject: string;
  content: string;
  topic?: string;
}

/** Draws a matter of the given class. */
export function makeMatter(random: Random, cls: DemoClass): DemoMatter {
  const t = random.pick(BY_CLASS[cls]);
  const matter: DemoMatter = { subject: t.subject, content: `${t.facts}${t.request}` };
  if (t.topic) matter.topic = t.topic;
  return matter;
}

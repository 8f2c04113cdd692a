/** Words of the 通报 draft (`duban brief`, the pane's 生成通报): the text a 督查室 circulates. */
import { bookTitle } from './book-title.js';

/** 12 of 48 → 25%; 1 of 3 → 33.3%. */
export function share(count: number, total: number): string {
  if (total === 0) return '0%';
  const value = Math.round((count / total) * 1000) / 10;
  return `${value}%`;
}

const join = (items: readonly string[]) => items.join('、');


export const briefMessages = {
  title: (listTitle: string, period: string) => `关于${bookTitle(listTitle)}${period}落实情况的通报`,
  draftMark: '（征求意见稿）',
  addressee: '各有关单位：',
  opening: (listTitle: string, office: string, period: string, date: string) =>
    `为推动${bookTitle(listTitle)}确定的各项任务落实落地，${office}对${period}任务推进情况进行了调度汇总（统计截至${date}）。现将有关情况通报如下：`,
  /** The office that circulates the 通报: the issuer's 督查室. */
  office: (issuer: string) => `${issuer.replace(/办公厅$|办公室$/, '')}督查室`,
  headings: {
    overall: '一、总体情况',
    leaders: '二、分领导推进情况',
    red: '三、红灯预警任务',
    reporting: '四、报送情况',
    requirements: '五、有关要求',
  },
  overall: (tasks: number, units: number, expected: number, returned: number) =>
    `清单共明确重点任务${tasks}项，涉及责任单位${units}个。本期应报送单位${expected}个，已报送${returned}个，未报送${expected - returned}个。`,
  /** "已完成 12 项、占 25%" for each status with tasks. */
  statusPart: (status: string, count: number, total: number) => `${status}${count}项、占${share(count, total)}`,
  byTask: (parts: readonly string[]) => `按牵头单位报送情况统计，${parts.join('；')}。`,
  lights: (red: number, yellow: number, overdue: number) =>
    `按预警规则，亮红灯${red}项次、黄灯${yellow}项次（按任务×责任单位计），其中已过完成时限仍未完成${overdue}项次。`,
  overallHeaders: ['状态', '任务数（项）', '占比'],
  noLeaders: '清单未列明分管领导。',
  leader: (leader: string, tasks: number, parts: readonly string[], red: number, yellow: number) =>
    `${leader}同志分管任务${tasks}项，${parts.length > 0 ? `${join(parts)}` : '本期尚无报送'}；亮红灯${red}项次、黄灯${yellow}项次。`,
  leaderPart: (status: string, count: number) => `${status}${count}项`,
  noRed: '本期无红灯预警任务。',
  redIntro: (tasks: number, units: number) => `以下${tasks}项任务涉及${units}家单位亮红灯，请有关单位抓紧推进：`,
  redHeaders: ['序号', '重点工作', '完成时限', '红灯单位（状态）'],
  redUnit: (unit: string, status: string) => `${unit}（${status}）`,
  yellow: (seqs: readonly number[]) => `另有${seqs.length}项任务临近完成时限亮黄灯（序号：${seqs.join('、')}），请责任单位提前谋划、确保按期完成。`,
  missingUnits: (units: readonly string[]) => `未报送单位（${units.length}个）：${join(units)}。`,
  allReturned: '各责任单位均已按时报送。',
  unchangedIntro: (count: number) => `以下${count}项进展情况与本单位上期报送内容相同或基本相同，存在照抄上期问题，已退回补充：`,
  unchangedHeaders: ['单位', '序号', '重点工作', '上期', '相似度'],
  noUnchanged: '未发现照抄上期的情况。',
  ranking: (top: readonly string[], bottom: readonly string[]) => `按考核规则计分，本期得分居前的单位：${join(top)}；居后的单位：${join(bottom)}（得分明细见督办总表「排名」工作表）。`,
  ranked: (unit: string, score: number) => `${unit}（${score}分）`,
  requirements: [
    '（一）亮红灯任务的责任单位要逐项分析原因，明确整改措施和完成时限，于下期报送时一并说明。',
    '（二）亮黄灯任务的责任单位要倒排工期、挂图作战，确保按期完成。',
    '（三）未报送和照抄上期的单位要立即补报，如实反映工作进展，杜绝以文辞代替落实。',
  ],
  statusNotReported: '牵头单位未报送',
  fileName: (period: string) => `督查通报-${period}.docx`,
  // CLI.
  summary: '生成督查通报草稿（Word 文档或纯文本）：总体情况、分领导情况、红灯任务、未报送和照抄上期单位',
  usage: 'duban brief <总表.xlsx> --period 2023Q2 --out <通报.docx|通报.txt> [--text] [--today 2023-07-05]',
  needOutput: '请用 --out 指定通报文件（Word 文档 .docx 或纯文本 .txt），或用 --text 输出纯文本。',
  demoStep: '生成督查通报草稿（通报.docx）',
  demoFile: '通报.docx',
  // The pane.
  pane: {
    heading: '八、督查通报',
    button: '生成通报',
    textLabel: '通报文字（可复制粘贴）',
    done: (period: string) => `已生成${period}督查通报草稿。`,
  },
} as const;

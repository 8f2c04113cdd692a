/** The list's title in the 通报: between book-title marks, a quoted title inside turned into 〈〉. */
import fc from 'fast-check';
import { bookTitle, briefMessages } from '../../../src/domain/messages/index.js';

describe('bookTitle', () => {
  test.each([
    ['天津市2023年重点工作任务分解表', '《天津市2023年重点工作任务分解表》'],
    ['《天津市2023年重点工作任务分解表》', '《天津市2023年重点工作任务分解表》'],
    ['2023年区《政府工作报告》确定的重点工作任务责任分解方案', '《2023年区〈政府工作报告〉确定的重点工作任务责任分解方案》'],
    ['《2023年区〈政府工作报告〉确定的重点工作任务责任分解方案》', '《2023年区〈政府工作报告〉确定的重点工作任务责任分解方案》'],
    ['《政府工作报告》重点工作分工', '《〈政府工作报告〉重点工作分工》'],
    ['  落实《政府工作报告》任务清单 ', '《落实〈政府工作报告〉任务清单》'],
  ])('%s → %s', (title, expected) => {
    expect(bookTitle(title)).toBe(expected);
  });

  test('the 通报 title and opening never nest 《 inside 《', () => {
    const title = '2023年区《政府工作报告》确定的重点工作任务责任分解方案';
    expect(briefMessages.title(title, '2023年第二季度')).toBe('关于《2023年区〈政府工作报告〉确定的重点工作任务责任分解方案》2023年第二季度落实情况的通报');
    expect(briefMessages.opening(title, '区政府督查室', '2023年第二季度', '2023年7月5日')).toContain('为推动《2023年区〈政府工作报告〉确定的');
  });

  test('any title comes out as one pair of 《》 with none nested, its words kept', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('《', '》', '〈', '〉', '政', '府', '报', '告', '2', ' '), { maxLength: 30 }), (chars) => {
        const title = chars.join('');
        const quoted = bookTitle(title);
        expect(quoted.startsWith('《') && quoted.endsWith('》')).toBe(true);
        const inner = quoted.slice(1, -1);
        expect(inner).not.toMatch(/[《》]/u);
        const words = (text: string) => text.replace(/[《》〈〉\s]/gu, '');
        expect(words(quoted)).toBe(words(title));
      }),
    );
  });
});

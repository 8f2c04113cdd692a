import fc from 'fast-check';
import { COPY_THRESHOLD, findUnchanged, textSimilarity } from '../../../src/domain/history/index.js';
import { anEntry } from '../master/builders.js';

describe('progress text similarity', () => {
  // Similarity is symmetric and between 0 and 1.
  it('is symmetric and bounded', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const s = textSimilarity(a, b);
      return s === textSimilarity(b, a) && s >= 0 && s <= 1;
    }));
  });

  // A text compared with itself, re-spaced or re-punctuated, is the same text.
  it('ignores whitespace, punctuation and full-width forms', () => {
    fc.assert(fc.property(fc.stringMatching(/^[\u4e00-\u4e2f0-9]{1,40}$/), (text) => textSimilarity(text, ` ${[...text].join(' ')}。`) === 1));
    expect(textSimilarity('完成１２０家', '完成120家。')).toBe(1);
  });

  it('keeps a text with only its date changed above the threshold, and a rewritten one below', () => {
    const before = '截至3月底，已完成全市外贸企业走访120家，协调解决物流、融资等问题35个。';
    expect(textSimilarity(before, before.replace('3月底', '6月底'))).toBeGreaterThanOrEqual(COPY_THRESHOLD);
    expect(textSimilarity(before, '截至6月底，走访企业增至260家，推动12个重点项目签约，新增进出口额18亿元。')).toBeLessThan(COPY_THRESHOLD);
    expect(textSimilarity('', '')).toBe(0);
  });
});

describe('findUnchanged', () => {
  it('compares with the unit’s latest earlier report on the task, skipping tasks finished in both periods', () => {
    const history = [
      anEntry('市商务局', 1, '序时推进', '2023Q1', '正在推进。'),
      anEntry('市商务局', 1, '序时推进', '2023Q2', '已签约三个项目。'),
      anEntry('市财政局', 1, '已完成', '2023Q1', '已完成。'),
      anEntry('市财政局', 2, '序时推进', '2023Q3', '本期文字。'),
    ];
    const current = [
      anEntry('市商务局', 1, '序时推进', '2023Q3', '已签约三个项目'),
      anEntry('市财政局', 1, '已完成', '2023Q3', '已完成。'),
      anEntry('市财政局', 2, '序时推进', '2023Q3', '本期文字。'),
      anEntry('市发展改革委', 1, '序时推进', '2023Q3', '正在推进。'),
    ];
    expect(findUnchanged(history, current)).toEqual([{ unit: '市商务局', seq: 1, period: '2023Q3', previousPeriod: '2023Q2', similarity: 1 }]);
  });
});

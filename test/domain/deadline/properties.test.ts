import fc from 'fast-check';
import { daysInMonth, formatDeadline, isoDate, parseDeadline } from '../../../src/domain/deadline/index.js';

const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** Characters that cannot form a time word, a verb of the grammar or a lead-in, so labels stay labels. */
const LABEL_CHARS = [...'改造建设项目工程管网供热燃气公园道路设施平台园区服务体系机制政策医院学校检测场馆'];

interface Piece {
  text: string;
  due: (listYear: number) => string;
}

const month = fc.integer({ min: 1, max: 12 });
const someYear = fc.integer({ min: 2000, max: 2099 });
const monthWord = (m: number, chinese: boolean) => (chinese ? CHINESE_MONTHS[m - 1] : String(m));

/** A time expression with the due date it means for a given list year. */
const timeExpression: fc.Arbitrary<Piece> = fc.oneof(
  fc.constantFrom<Piece>(
    { text: '年底前', due: (y) => isoDate(y, 12, 31) },
    { text: '年内', due: (y) => isoDate(y, 12, 31) },
    { text: '年中', due: (y) => isoDate(y, 6, 30) },
    { text: '上半年', due: (y) => isoDate(y, 6, 30) },
    { text: '下半年', due: (y) => isoDate(y, 12, 31) },
    { text: '一季度', due: (y) => isoDate(y, 3, 31) },
    { text: '二季度', due: (y) => isoDate(y, 6, 30) },
    { text: '第三季度', due: (y) => isoDate(y, 9, 30) },
    { text: '四季度末', due: (y) => isoDate(y, 12, 31) },
  ),
  fc.record({ m: month, chinese: fc.boolean(), form: fc.constantFrom('底前', '底', '份', '中旬') }).map(({ m, chinese, form }) => ({
    text: `${monthWord(m, chinese)}月${form}`,
    due: (y: number) => isoDate(y, m, form === '中旬' ? 20 : daysInMonth(y, m)),
  })),
  fc.record({ m: month, d: fc.integer({ min: 1, max: 28 }) }).map(({ m, d }) => ({
    text: `${m}月${d}日前`,
    due: (y: number) => isoDate(y, m, d),
  })),
  fc.record({ y: someYear, m: month, d: fc.integer({ min: 1, max: 31 }), form: fc.integer({ min: 0, max: 3 }) }).map(({ y, m, d, form }) => {
    const day = Math.min(d, daysInMonth(y, m));
    const texts = [`${y}年${m}月${day}日`, `${y}.${m}.${day}`, isoDate(y, m, day), `${y}/${m}/${day}前`];
    return { text: texts[form], due: () => isoDate(y, m, day) };
  }),
  fc.record({ y: someYear, m: month }).map(({ y, m }) => ({ text: `${y}年${m}月底前`, due: () => isoDate(y, m, daysInMonth(y, m)) })),
  someYear.map((y) => ({ text: `${y}年底前`, due: () => isoDate(y, 12, 31) })),
  someYear.map((y) => ({ text: `${y}年`, due: () => isoDate(y, 12, 31) })),
);

const label = fc.array(fc.constantFrom(...LABEL_CHARS), { minLength: 0, maxLength: 8 }).map((chars) => chars.join(''));
const verb = fc.constantFrom('完成', '', '取得明显进展', '取得阶段性进展');
const separator = fc.constantFrom('；', ';', '。', '\n', '。\n');

const part = fc.record({ label, time: timeExpression, verb });
const phrase = fc.record({ parts: fc.array(part, { minLength: 1, maxLength: 4 }), separators: fc.array(separator, { minLength: 4, maxLength: 4 }) });

function render({ parts, separators }: { parts: { label: string; time: Piece; verb: string }[]; separators: string[] }): string {
  return parts.map((p, i) => `${i > 0 ? separators[i] : ''}${p.label}${p.time.text}${p.verb}`).join('');
}

describe('deadline grammar properties', () => {
  // Every phrase built from the grammar parses, with one milestone per part at the date it names.
  test('every generated valid phrase parses to the dates it names', () => {
    fc.assert(
      fc.property(phrase, fc.integer({ min: 2000, max: 2099 }), (generated, year) => {
        const text = render(generated);
        const parsed = parseDeadline(text, { year });
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.spec.text).toBe(text);
        expect(parsed.spec.milestones.map((m) => m.due)).toEqual(generated.parts.map((p) => p.time.due(year)));
        expect(parsed.spec.milestones.map((m) => m.kind)).toEqual(generated.parts.map((p) => (p.verb.includes('进展') ? 'progress' : 'complete')));
        expect(parsed.spec.milestones.map((m) => m.label)).toEqual(generated.parts.map((p) => p.label || undefined));
      }),
      { numRuns: 500 },
    );
  });

  // parse → format → parse gives the same milestones, and formatting again gives the same text.
  test('parse → format → parse is stable', () => {
    fc.assert(
      fc.property(phrase, fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 2000, max: 2099 }), (generated, year, otherYear) => {
        const first = parseDeadline(render(generated), { year });
        if (!first.ok) throw new Error(first.problem);
        const canonical = formatDeadline(first.spec);
        const second = parseDeadline(canonical, { year: otherYear });
        if (!second.ok) throw new Error(`${canonical}: ${second.problem}`);
        expect(second.spec.milestones).toEqual(first.spec.milestones);
        expect(second.spec.ongoing).toBe(first.spec.ongoing);
        expect(formatDeadline(second.spec)).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });

  // Milestones with any label (digits and letters included) survive format → parse.
  test('any milestone list survives format → parse', () => {
    const anyLabel = fc.array(fc.constantFrom(...LABEL_CHARS, ...'0123456789ABCxyz'), { minLength: 0, maxLength: 6 }).map((c) => c.join(''));
    const milestone = fc
      .record({ label: anyLabel, y: someYear, m: month, d: fc.integer({ min: 1, max: 31 }), kind: fc.constantFrom('complete' as const, 'progress' as const) })
      .map(({ label: l, y, m, d, kind }) => ({ ...(l ? { label: l } : {}), due: isoDate(y, m, Math.min(d, daysInMonth(y, m))), kind }));
    fc.assert(
      fc.property(fc.array(milestone, { minLength: 1, maxLength: 5 }), fc.boolean(), (milestones, ongoing) => {
        const parsed = parseDeadline(formatDeadline({ milestones, ongoing }), { year: 2023 });
        expect(parsed.ok && { milestones: parsed.spec.milestones, ongoing: parsed.spec.ongoing }).toEqual({ milestones, ongoing });
      }),
      { numRuns: 500 },
    );
  });

  // A day past the month's end is always an impossible date, never a guess.
  test('a day beyond the end of its month is always reported as impossible', () => {
    const impossible = fc.record({ y: someYear, m: month, extra: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(impossible, ({ y, m, extra }) => {
        const parsed = parseDeadline(`${y}年${m}月${daysInMonth(y, m) + extra}日前完成`, { year: 2023 });
        expect(parsed.ok === false && parsed.code).toBe('impossible-date');
      }),
    );
  });
});

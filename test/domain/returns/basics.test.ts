import fc from 'fast-check';
import { fnv1a64 } from '../../../src/domain/hash.js';
import { normalizeStatus, parseSeq, sameTaskText, taskFingerprint } from '../../../src/domain/returns/index.js';
import { STATUSES, STATUS_SYNONYMS } from '../../../src/domain/vocabulary.js';

describe('task fingerprints', () => {
  test('FNV-1a 64 matches the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  test('re-wrapping or spacing a task text keeps its fingerprint; changing a word does not', () => {
    const text = '推动外贸保稳提质，培育外贸新业态新模式。';
    expect(taskFingerprint(' 推动外贸保稳提质，\n培育外贸新业态新模式。 ')).toBe(taskFingerprint(text));
    expect(taskFingerprint('推动外贸保稳提质，培育外贸新业态。')).not.toBe(taskFingerprint(text));
    expect(sameTaskText('一网　通办', '一网通办')).toBe(true);
  });

  // Any change of a non-space character changes the fingerprint.
  test('distinct texts (ignoring spaces) have distinct fingerprints', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(!sameTaskText(a, b));
        expect(taskFingerprint(a)).not.toBe(taskFingerprint(b));
      }),
      { numRuns: 200 },
    );
  });
});

describe('status cells', () => {
  test.each([
    ['已完成', '已完成'], [' 已 完成 ', '已完成'], ['完成', '已完成'], ['正在推进', '序时推进'], ['按序时推进', '序时推进'],
    ['进度滞后', '滞后'], ['尚未启动', '未启动'], ['未启动\n', '未启动'], ['序时推进', '序时推进'],
  ])('%j reads as %s', (cell, status) => {
    expect(normalizeStatus(cell)).toBe(status);
  });

  test.each(['', '差不多', '已完成一半', '完成了吗', '滞后?'])('%j is not a status', (cell) => {
    expect(normalizeStatus(cell)).toBeNull();
  });

  test('every synonym maps to one of the four statuses', () => {
    for (const status of Object.values(STATUS_SYNONYMS)) expect(STATUSES).toContain(status);
  });
});

describe('序号 cells', () => {
  test.each([[3, 3], ['3', 3], [' 12 ', 12], ['3.', 3], ['（3）', 3], ['第3项', 3], ['３', 3]])('%j reads as %d', (cell, seq) => {
    expect(parseSeq(cell)).toBe(seq);
  });
  test.each([[0], [2.5], ['三'], [''], [null], ['3-1']])('%j is no 序号', (cell) => {
    expect(parseSeq(cell)).toBeNull();
  });
});

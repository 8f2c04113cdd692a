import { normalizeUnitText } from '../../../src/domain/units/index.js';

describe('normalizeUnitText', () => {
  test('full-width letters, digits and brackets become one form, brackets Chinese', () => {
    expect(normalizeUnitText('市外办(市港澳办)')).toBe('市外办（市港澳办）');
    expect(normalizeUnitText('市外办（市港澳办）')).toBe('市外办（市港澳办）');
    expect(normalizeUnitText('ＡＢＣ１２３公司')).toBe('ABC123公司');
  });

  test('spaces of every width, line breaks and zero-width characters disappear', () => {
    expect(normalizeUnitText(' 市发展\u3000改革委 ')).toBe('市发展改革委');
    expect(normalizeUnitText('市大数\n据管理中心')).toBe('市大数据管理中心');
    expect(normalizeUnitText('市财政局\r\n')).toBe('市财政局');
    expect(normalizeUnitText('市\u200b税务局\u00a0')).toBe('市税务局');
  });

  test('a mark left beside a letter once a space is gone is composed at once', () => {
    // NFKC turns ¨ into a space and a combining diaeresis; without the space it belongs to the a.
    expect(normalizeUnitText('a¨')).toBe('ä');
  });

  test('quotation marks of any style become Chinese double quotes, paired in order', () => {
    const expected = '市“双随机、一公开”监管联席会议有关成员单位';
    expect(normalizeUnitText('市"双随机、一公开"监管联席会议有关成员单位')).toBe(expected);
    expect(normalizeUnitText('市「双随机、一公开」监管联席会议有关成员单位')).toBe(expected);
    expect(normalizeUnitText("市'双随机、一公开'监管联席会议有关成员单位")).toBe(expected);
    expect(normalizeUnitText('市＂双随机、一公开＂监管联席会议有关成员单位')).toBe(expected);
  });

  test('traditional characters become simplified', () => {
    expect(normalizeUnitText('市發展改革委')).toBe('市发展改革委');
    expect(normalizeUnitText('國網天津市電力公司')).toBe('国网天津市电力公司');
    expect(normalizeUnitText('市規劃資源局')).toBe('市规划资源局');
  });

  test('a character that simplifies in two steps is simplified all the way', () => {
    // OpenCC turns 薴 into 苧, and 苧 into 苎.
    expect(normalizeUnitText('薴')).toBe(normalizeUnitText(normalizeUnitText('薴')));
    expect(normalizeUnitText('薴')).toBe('苎');
  });

  test('a leading 天津市 of a city department becomes 市', () => {
    expect(normalizeUnitText('天津市发展改革委')).toBe('市发展改革委');
    expect(normalizeUnitText('天津市市场监管委')).toBe('市市场监管委');
    expect(normalizeUnitText('天津市委网信办')).toBe('市委网信办');
  });

  test('天津 in the name of an office that is not a city department stays', () => {
    expect(normalizeUnitText('天津海事局')).toBe('天津海事局');
    expect(normalizeUnitText('天津港集团')).toBe('天津港集团');
    expect(normalizeUnitText('国网天津市电力公司')).toBe('国网天津市电力公司');
    expect(normalizeUnitText('人民银行天津分行')).toBe('人民银行天津分行');
    expect(normalizeUnitText('天津市自来水集团有限公司')).toBe('天津市自来水集团有限公司');
    expect(normalizeUnitText('天津市')).toBe('天津市');
  });

  test('a district with or without 政府 becomes its people’s government', () => {
    expect(normalizeUnitText('和平区')).toBe('和平区人民政府');
    expect(normalizeUnitText('和平区政府')).toBe('和平区人民政府');
    expect(normalizeUnitText('和平区人民政府')).toBe('和平区人民政府');
    expect(normalizeUnitText('天津市滨海新区')).toBe('滨海新区人民政府');
    expect(normalizeUnitText('蓟县政府')).toBe('蓟县人民政府');
  });

  test('a district office other than the government is left alone', () => {
    expect(normalizeUnitText('和平区人民政府办公室')).toBe('和平区人民政府办公室');
    expect(normalizeUnitText('滨海高新区管委会')).toBe('滨海高新区管委会');
  });

  test('stray separators at either end are dropped and a dash means none', () => {
    expect(normalizeUnitText('、市财政局，')).toBe('市财政局');
    expect(normalizeUnitText('——')).toBe('—');
    expect(normalizeUnitText('－')).toBe('—');
    expect(normalizeUnitText('   ')).toBe('');
  });
});

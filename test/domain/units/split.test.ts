import { splitUnitCell } from '../../../src/domain/units/index.js';

describe('splitUnitCell', () => {
  test('splits on 、 ， , ； ; and line breaks, keeping the order', () => {
    expect(splitUnitCell('市发展改革委、市财政局，市税务局,市商务局；市教委;市科技局\n市体育局\r\n市民政局')).toEqual([
      '市发展改革委',
      '市财政局',
      '市税务局',
      '市商务局',
      '市教委',
      '市科技局',
      '市体育局',
      '市民政局',
    ]);
  });

  test('a separator inside quotes belongs to the name', () => {
    expect(splitUnitCell('市市场监管委、市“双随机、一公开”监管联席会议有关成员单位')).toEqual([
      '市市场监管委',
      '市“双随机、一公开”监管联席会议有关成员单位',
    ]);
    expect(splitUnitCell('市"双随机、一公开"监管联席会议有关成员单位，市财政局')).toEqual([
      '市"双随机、一公开"监管联席会议有关成员单位',
      '市财政局',
    ]);
  });

  test('a separator inside brackets belongs to the name', () => {
    expect(splitUnitCell('市外办（市港澳办、市侨办）、市财政局')).toEqual(['市外办（市港澳办、市侨办）', '市财政局']);
    expect(splitUnitCell('《安全生产、消防条例》实施工作小组、市应急局')).toEqual(['《安全生产、消防条例》实施工作小组', '市应急局']);
  });

  test('an unclosed quote does not swallow the rest of the cell', () => {
    expect(splitUnitCell('市“双随机、市财政局')).toEqual(['市“双随机', '市财政局']);
  });

  test('"A、B等市级有关单位" names A, B and the group', () => {
    expect(splitUnitCell('市发展改革委、市财政局等市级有关单位')).toEqual(['市发展改革委', '市财政局', '市级有关单位']);
    expect(splitUnitCell('市人社局等市委人才工作领导小组有关成员单位')).toEqual(['市人社局', '市委人才工作领导小组有关成员单位']);
    expect(splitUnitCell('市发展改革委、市财政局等')).toEqual(['市发展改革委', '市财政局']);
  });

  test('等 inside a name that is not followed by a group stays in the name', () => {
    expect(splitUnitCell('市高等教育研究中心')).toEqual(['市高等教育研究中心']);
  });

  test('按职责分工负责 at the end is a role phrase, not part of the last unit', () => {
    expect(splitUnitCell('市人社局、市农业农村委、市发展改革委按职责分工负责')).toEqual(['市人社局', '市农业农村委', '市发展改革委']);
  });

  test('empty pieces and a dash (none) give no unit', () => {
    expect(splitUnitCell('')).toEqual([]);
    expect(splitUnitCell('—')).toEqual([]);
    expect(splitUnitCell('市财政局、、 ，\n')).toEqual(['市财政局']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateTimeZh, formatDateZh } from '../../shared/format/dates.ts';

describe('zh-CN dates', () => {
  it('a 截至日期 of 2020-06-30 reads 2020年6月30日', () => {
    expect(formatDateZh('2020-06-30')).toBe('2020年6月30日');
    expect(formatDateZh('2016-12-01')).toBe('2016年12月1日');
  });

  it('an empty, malformed or impossible date reads as nothing rather than a wrong day', () => {
    for (const text of ['', '2020/06/30', '2020-6-30', '2020-02-30', '2021-13-01', 'abc']) expect(formatDateZh(text), text).toBe('');
  });

  it('an autosave time is shown in Beijing time on a 24-hour clock', () => {
    expect(formatDateTimeZh('2026-11-22T10:05:00.000Z', 'Asia/Shanghai')).toBe('2026年11月22日 18:05');
    expect(formatDateTimeZh('2026-11-22T16:05:09.000Z', 'Asia/Shanghai')).toBe('2026年11月23日 00:05');
    expect(formatDateTimeZh('not a time')).toBe('');
  });
});

/**
 * Dates as Chinese readers write them: 2020年6月30日, 2026年11月22日 18:05.
 * Always the zh-CN pattern, whatever the system's language, so a plan looks
 * the same on every office PC.
 */

const dateTime = (timeZone?: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  });

/**
 * A calendar date of the plan (“2020-06-30”, as a 截至日期 is stored) as
 * “2020年6月30日”; an empty or malformed text gives "". No time zone is
 * involved: the date is read as written.
 */
export function formatDateZh(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return '';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Reject 2020-02-30 and the like rather than print a day that does not exist.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return '';
  return `${year}年${month}月${day}日`;
}

/**
 * A moment (an ISO time such as a recovery copy's savedAt) as
 * “2026年11月22日 18:05” in the given time zone (default: the computer's).
 * An unreadable time gives "".
 */
export function formatDateTimeZh(iso: string, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const parts = dateTime(timeZone).formatToParts(new Date(time));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Built from parts: the zh-CN pattern itself differs between ICU versions (“2026年11月22日 18:05” vs “2026年11月22日18:05”).
  return `${part('year')}年${part('month').replace(/月$/, '')}月${part('day')}日 ${part('hour')}:${part('minute')}`;
}

/**
 * The ISO date-times the domain takes (generatedAt, file times): the caller reads the clock and
 * passes the Date in, the domain only writes it down.
 */

function pad(n: number): string {
  return String(Math.abs(n)).padStart(2, '0');
}

/** A Date as an ISO date-time in the local time zone of the machine or browser, e.g. 2023-04-05T10:00:00+08:00. */
export function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

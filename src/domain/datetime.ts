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

/** Asia/Shanghai (UTC+8, no daylight saving): the time zone Duban shows times in unless told otherwise. */
export const DEFAULT_UTC_OFFSET_MINUTES = 8 * 60;

/** A Date as an ISO date-time at a fixed UTC offset, e.g. 2023-04-05T18:00:00+08:00. */
export function isoAtOffset(date: Date, offsetMinutes = DEFAULT_UTC_OFFSET_MINUTES): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  const zone = offsetMinutes === 0 ? 'Z' : `${offsetMinutes > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const [day, time] = shifted.toISOString().slice(0, 19).split('T');
  return `${day}T${time}${zone}`;
}

/**
 * A stored date-time as people read it: YYYY-MM-DD HH:MM at the given offset (Beijing time by
 * default). A time written with its zone (Z, +08:00) is converted; one without a zone is taken as
 * already local; anything else is returned as it is.
 */
export function displayDateTime(iso: string, offsetMinutes = DEFAULT_UTC_OFFSET_MINUTES): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!match) return iso;
  if (!match[2]) return match[1];
  if (!match[3]) return `${match[1]} ${match[2]}`;
  const time = Date.parse(iso.trim());
  if (Number.isNaN(time)) return iso;
  return isoAtOffset(new Date(time), offsetMinutes).slice(0, 16).replace('T', ' ');
}

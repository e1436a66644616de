// Pieces shared by the people and control screens: links and periods.
import { href } from '../../router.js';
import { fmtDate } from '../../ui.js';

export const unitHref = (code) => href('/units', { code });
export const personHref = (id) => href('/people/' + id);
export const noticeHref = (number) => href('/control', { notice: number });

/** "2019-03-01 起" or "2019-03-01 至 2024-07-01" as the API gives the dates (the end date is exclusive). */
export function period(from, to) {
  return to ? `${fmtDate(from)} 至 ${fmtDate(to)}` : `${fmtDate(from)} 起至今`;
}

/** Whether a record with this end date is still in force today (the API's end dates are exclusive). */
export function isOpen(validTo, today) {
  return !validTo || String(validTo) > today;
}

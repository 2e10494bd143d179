import type { I18n } from '../i18n/i18n.js';

/** How the pay pages write their figures (report, follow-up, assessment file, answers). */

export type Figure = number | { suppressed: true } | null;
export type Basis = 'annual' | 'hourly';

export const isNumber = (f: Figure): f is number => typeof f === 'number';

/** A percentage with one decimal; a suppressed figure says so, never a number. */
export function percent(i18n: I18n, f: Figure): string {
  if (f === null) return '–';
  if (!isNumber(f)) return i18n.t('ui.pay-report.suppressed-short');
  return `${new Intl.NumberFormat(i18n.tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(f)} %`;
}

/** Euro: whole euro for annual pay, cents for hourly pay. */
export function euro(i18n: I18n, f: Figure, basis: Basis): string {
  if (f === null) return '–';
  if (!isNumber(f)) return i18n.t('ui.pay-report.suppressed-short');
  return new Intl.NumberFormat(i18n.tag, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: basis === 'hourly' ? 2 : 0,
  }).format(f);
}

/** "ORG/10" → "Family — 10"; a class stays its number. */
export function categoryName(familyNames: Readonly<Record<string, string>>, key: string): string {
  const slash = key.lastIndexOf('/');
  return slash < 0 ? key : `${familyNames[key.slice(0, slash)] ?? key.slice(0, slash)} — ${key.slice(slash + 1)}`;
}

/** A pay deadline of the follow-up or a request: "uiterlijk 2 september 2026 (nog 184 dagen)", "open sinds …". */
export function payDeadlineText(
  i18n: I18n,
  d: { date: string; kind: 'not-after' | 'open-since'; daysLeft: number } | null,
): string {
  if (d === null) return '';
  if (d.kind === 'open-since') return i18n.t('ui.pay-follow-up.deadline.open-since', { date: i18n.date(d.date) });
  return d.daysLeft < 0
    ? i18n.t('ui.pay-follow-up.deadline.past', { date: i18n.date(d.date) })
    : i18n.t('ui.pay-follow-up.deadline.not-after', { date: i18n.date(d.date), days: d.daysLeft });
}

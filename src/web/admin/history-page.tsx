import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { HistoryEntry, HistoryQuery } from '../../api/history.js';
import { addDays, startOfLocalDay } from '../../domain/workflow/calendar.js';
import { useHistory } from '../api/admin-queries.js';
import type { MessageKey } from '../../messages/index.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField, TextField } from '../ui/field.js';
import { actorLabel } from '../ui/people-labels.js';
import { HistoryData } from './history-data.js';
import { actionLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { RequirePermission } from './admin-gate.js';
import { HISTORY_PATH } from './paths.js';

const PAGE_SIZE = 25;
const FILTERS = ['actor', 'action', 'subjectType', 'subjectId', 'from', 'to', 'order'] as const;
type FilterName = (typeof FILTERS)[number];
type Filters = Record<FilterName, string>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Actions offered as suggestions in the filter; any other code can still be typed. */
const KNOWN_ACTIONS = [
  'family.save-draft',
  'family.publish',
  'fube.create',
  'fube.update',
  'fube.propose',
  'fube.validate',
  'fube.notify',
  'fube.remark',
  'fube.appeal',
  'fube.decide-appeal',
  'fube.import',
  'letter.receipt',
  'login',
  'login-failed',
  'logout',
  'password-changed',
  'password-reset',
  'user-created',
  'user-disabled',
  'user-enabled',
  'role-granted',
  'role-revoked',
  'closing-day-added',
  'closing-day-removed',
];
/** History actions with a text of their own (`ui.history-admin.action.<code>`). */
const NAMED_ACTIONS = new Set([
  'family.publish',
  'family.save-draft',
  'login',
  'login-failed',
  'logout',
  'password-changed',
  'password-reset',
  'user-created',
  'user-disabled',
  'user-enabled',
  'user-trained',
  'user-untrained',
  'role-granted',
  'role-revoked',
  'closing-day-added',
  'closing-day-removed',
  'letter.receipt',
  'fube.create',
  'fube.update',
  'fube.workflow',
  'fube.import',
]);

export default function HistoryPage() {
  return (
    <RequirePermission permission="read-full-history">
      <History />
    </RequirePermission>
  );
}

function filtersOf(params: URLSearchParams): Filters {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters;
  if (filters.order !== 'asc') filters.order = 'desc';
  return filters;
}

/** Dates are picked as Brussels calendar days; the API compares instants. */
function apiQuery(filters: Filters, page: number): HistoryQuery {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    actor: text(filters.actor),
    action: text(filters.action),
    subjectType: text(filters.subjectType),
    subjectId: text(filters.subjectId),
    from: DATE.test(filters.from) ? startOfLocalDay(filters.from).toISOString() : undefined,
    to: DATE.test(filters.to) ? new Date(startOfLocalDay(addDays(filters.to, 1)).getTime() - 1).toISOString() : undefined,
    order: filters.order === 'asc' ? 'asc' : 'desc',
    // One more than a page: whether it comes back says if there is a next page.
    limit: PAGE_SIZE + 1,
    offset: (page - 1) * PAGE_SIZE,
  };
}

function History() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const pageParam = Number(params.get('pagina'));
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const history = useHistory(apiQuery(filters, page));
  const [form, setForm] = useState<Filters>(filters);
  const set = (name: FilterName, value: string) => setForm({ ...form, [name]: value });
  const search = (next: Partial<Filters>, nextPage = 1) => {
    const merged = { ...filters, ...next };
    const out = new URLSearchParams();
    for (const name of FILTERS) if (merged[name] !== '' && !(name === 'order' && merged[name] === 'desc')) out.set(name, merged[name]);
    if (nextPage > 1) out.set('pagina', String(nextPage));
    return out;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(search(form));
  };
  const clear = () => {
    const empty = Object.fromEntries(FILTERS.map((n) => [n, n === 'order' ? 'desc' : ''])) as Filters;
    setForm(empty);
    setParams(new URLSearchParams());
  };
  const hrefOf = (next: Partial<Filters>, nextPage = 1) => {
    const qs = search(next, nextPage).toString();
    return qs === '' ? HISTORY_PATH : `${HISTORY_PATH}?${qs}`;
  };
  // Links in the table change the filters: the form follows the URL.
  const key = params.toString();
  const [formKey, setFormKey] = useState(key);
  if (formKey !== key) {
    setFormKey(key);
    setForm(filters);
  }

  return (
    <>
      <PageTitle title={t('ui.history-admin.title')}>{t('ui.history-admin.title')}</PageTitle>
      <p>{t('ui.history-admin.intro')}</p>
      <form onSubmit={submit} className="wg-card" aria-labelledby="filters-titel">
        <h2 id="filters-titel">{t('ui.history-admin.filters')}</h2>
        <div className="wg-filter-grid">
          <SelectField
            label={t('ui.history-admin.action')}
            value={form.action}
            onChange={(e) => set('action', e.target.value)}
            options={[
              { value: '', label: t('ui.history-admin.subject-type.all') },
              ...KNOWN_ACTIONS.map((a) => ({ value: a, label: actionText(i18n, a) })),
              ...(form.action === '' || KNOWN_ACTIONS.includes(form.action) ? [] : [{ value: form.action, label: actionText(i18n, form.action) }]),
            ]}
          />
          <SelectField
            label={t('ui.history-admin.subject-type')}
            value={form.subjectType}
            onChange={(e) => set('subjectType', e.target.value)}
            options={[
              { value: '', label: t('ui.history-admin.subject-type.all') },
              { value: 'fube', label: t('ui.history-admin.subject-type.fube') },
              { value: 'family', label: t('ui.history-admin.subject-type.family') },
              { value: 'user', label: t('ui.history-admin.subject-type.user') },
              { value: 'closing-day', label: t('ui.history-admin.subject-type.closing-day') },
              ...(['', 'fube', 'family', 'user', 'closing-day'].includes(form.subjectType) ? [] : [{ value: form.subjectType, label: t('ui.history-admin.action.unknown') }]),
            ]}
          />
          <TextField label={t('ui.history-admin.from')} type="date" value={form.from} onChange={(e) => set('from', e.target.value)} />
          <TextField label={t('ui.history-admin.to')} type="date" value={form.to} onChange={(e) => set('to', e.target.value)} />
          <SelectField
            label={t('ui.history-admin.order')}
            value={form.order}
            onChange={(e) => set('order', e.target.value)}
            options={[
              { value: 'desc', label: t('ui.history-admin.order.desc') },
              { value: 'asc', label: t('ui.history-admin.order.asc') },
            ]}
          />
        </div>
        <ActiveFilters filters={filters} first={history.data?.[0]} hrefOf={hrefOf} />
        <div className="wg-actions">
          <Button type="submit">{t('ui.history-admin.apply')}</Button>
          <Button variant="secondary" onClick={clear}>
            {t('ui.history-admin.clear')}
          </Button>
        </div>
      </form>

      <QueryState query={history}>
        {(entries) => {
          const shown = entries.slice(0, PAGE_SIZE);
          const more = entries.length > PAGE_SIZE;
          const first = (page - 1) * PAGE_SIZE + 1;
          return (
            <>
              <p role="status" data-testid="history-range">
                {shown.length === 0 ? t('ui.history-admin.none') : t('ui.history-admin.range', { from: first, to: first + shown.length - 1 })}
              </p>
              {shown.length > 0 && <HistoryTable entries={shown} hrefOf={hrefOf} />}
              {(page > 1 || more) && (
                <nav aria-label={t('ui.history-admin.paging')} className="wg-actions">
                  {page > 1 && (
                    <Link className="wg-button wg-button--secondary" to={hrefOf({}, page - 1)}>
                      {t('ui.history-admin.previous')}
                    </Link>
                  )}
                  {more && (
                    <Link className="wg-button wg-button--secondary" to={hrefOf({}, page + 1)}>
                      {t('ui.history-admin.next')}
                    </Link>
                  )}
                </nav>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** An action of the history in words: its own text, the workflow steps it recorded, or "another event" (never its code). */
function actionText(i18n: I18n, action: string): string {
  if (NAMED_ACTIONS.has(action)) return (i18n.t as (key: MessageKey) => string)(`ui.history-admin.action.${action}` as MessageKey);
  const steps = /^fube\.([\w+-]+)$/.exec(action)?.[1]?.split('+');
  const labels = steps?.map((step) => actionLabel(i18n, step));
  if (labels === undefined || labels.some((label, i) => label === steps![i])) return i18n.t('ui.history-admin.action.unknown');
  return labels.join(', ');
}

/** The filters a person set by clicking a name in the table, by that name, each with a way to clear it. */
function ActiveFilters({ filters, first, hrefOf }: { filters: Filters; first: HistoryEntry | undefined; hrefOf: (next: Partial<Filters>) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const chips: { label: string; clear: Partial<Filters> }[] = [];
  if (filters.actor !== '') chips.push({ label: t('ui.history-admin.only-actor-named', { name: actorLabel(i18n, filters.actor, first?.actorId === filters.actor ? first.actorName : null) }), clear: { actor: '' } });
  if (filters.subjectId !== '')
    chips.push({ label: t('ui.history-admin.only-subject-named', { name: first?.subjectId === filters.subjectId ? subjectText(i18n, first) : t('ui.history-admin.subject-unknown') }), clear: { subjectId: '' } });
  if (chips.length === 0) return null;
  return (
    <div aria-label={t('ui.history-admin.active-filters')} role="group" className="wg-actions" data-testid="active-filters">
      {chips.map((chip) => (
        <span key={chip.label}>
          {chip.label}{' '}
          <Link to={hrefOf(chip.clear)}>{t('ui.history-admin.remove-filter', { filter: chip.label })}</Link>
        </span>
      ))}
    </div>
  );
}

/** What an entry is about, by name: a FUBE's title, a family's or a user's name, a closing day's date. */
function subjectText(i18n: I18n, e: HistoryEntry): string {
  if (e.subjectName !== null) return e.subjectName;
  if (e.subjectType === 'closing-day' && /^\d{4}-\d{2}-\d{2}$/.test(e.subjectId)) return i18n.date(e.subjectId);
  return i18n.t('ui.history-admin.subject-unknown');
}

const SUBJECT_TYPES = new Set(['fube', 'family', 'user', 'closing-day']);

function HistoryTable({ entries, hrefOf }: { entries: HistoryEntry[]; hrefOf: (next: Partial<Filters>) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const objectLink = (e: HistoryEntry) =>
    e.subjectType === 'fube' ? `/fubes/${encodeURIComponent(e.subjectId)}/geschiedenis` : e.subjectType === 'family' ? `/families/${encodeURIComponent(e.subjectId)}` : null;
  return (
    <TableWrap label={t('ui.history-admin.caption')}>
      <table className="wg-table" data-testid="history-table">
        <caption>{t('ui.history-admin.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.col.when')}</th>
            <th scope="col">{t('ui.col.who')}</th>
            <th scope="col">{t('ui.col.what')}</th>
            <th scope="col">{t('ui.history-admin.col.subject')}</th>
            <th scope="col">{t('ui.col.why')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const link = objectLink(e);
            const who = actorLabel(i18n, e.actorId, e.actorName);
            const subject = subjectText(i18n, e);
            return (
              <tr key={e.id} data-action={e.action}>
                <td>{i18n.dateTime(e.at)}</td>
                <td>
                  <Link to={hrefOf({ actor: e.actorId })} aria-label={t('ui.history-admin.only-actor', { name: who })}>
                    {who}
                  </Link>
                </td>
                <td>
                  {actionText(i18n, e.action)}
                  <HistoryData entry={e} />
                </td>
                <td>
                  {SUBJECT_TYPES.has(e.subjectType) ? t(`ui.history-admin.subject-type.${e.subjectType as 'fube' | 'family' | 'user' | 'closing-day'}`) : ''}{' '}
                  <Link to={hrefOf({ subjectType: e.subjectType, subjectId: e.subjectId })} aria-label={t('ui.history-admin.only-subject', { id: subject })}>
                    {subject}
                  </Link>
                  {link !== null && (
                    <span className="wg-choice__meta">
                      <Link to={link}>{t('ui.history-admin.open-subject')}</Link>
                    </span>
                  )}
                </td>
                <td>{e.reason ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

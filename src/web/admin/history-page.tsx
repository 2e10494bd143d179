import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { HistoryEntry, HistoryQuery } from '../../api/history.js';
import { addDays, startOfLocalDay } from '../../domain/workflow/calendar.js';
import { useHistory } from '../api/admin-queries.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField, TextField } from '../ui/field.js';
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
const KNOWN_ACTIONS = ['family.save-draft', 'family.publish', 'fube.create', 'fube.update', 'fube.propose', 'fube.validate', 'fube.remark', 'fube.import', 'appeal.lodge', 'appeal.decide', 'login', 'login-failed', 'logout', 'password-changed', 'user-created', 'role-granted', 'role-revoked'];

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
  const { t } = useI18n();
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
          <TextField label={t('ui.history-admin.actor')} hint={t('ui.history-admin.actor-hint')} value={form.actor} onChange={(e) => set('actor', e.target.value)} />
          <TextField label={t('ui.history-admin.action')} hint={t('ui.history-admin.action-hint')} value={form.action} list="gekende-acties" onChange={(e) => set('action', e.target.value)} />
          <SelectField
            label={t('ui.history-admin.subject-type')}
            value={form.subjectType}
            onChange={(e) => set('subjectType', e.target.value)}
            options={[
              { value: '', label: t('ui.history-admin.subject-type.all') },
              { value: 'fube', label: t('ui.history-admin.subject-type.fube') },
              { value: 'family', label: t('ui.history-admin.subject-type.family') },
              { value: 'user', label: t('ui.history-admin.subject-type.user') },
              ...(['', 'fube', 'family', 'user'].includes(form.subjectType) ? [] : [{ value: form.subjectType, label: form.subjectType }]),
            ]}
          />
          <TextField label={t('ui.history-admin.subject-id')} hint={t('ui.history-admin.subject-id-hint')} value={form.subjectId} onChange={(e) => set('subjectId', e.target.value)} />
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
        <datalist id="gekende-acties">
          {KNOWN_ACTIONS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
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

function actionText(i18n: I18n, action: string): string | null {
  if (action === 'family.publish' || action === 'family.save-draft') return i18n.t(`ui.history-admin.action.${action}`);
  const step = /^fube\.([\w-]+)$/.exec(action)?.[1];
  if (step === undefined) return null;
  const label = actionLabel(i18n, step);
  return label === step ? null : label;
}

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
            const label = actionText(i18n, e.action);
            const link = objectLink(e);
            const hasData = e.data !== null && typeof e.data === 'object' && Object.keys(e.data).length > 0;
            return (
              <tr key={e.id} data-action={e.action}>
                <td>{i18n.dateTime(e.at)}</td>
                <td>
                  <Link to={hrefOf({ actor: e.actorId })} aria-label={t('ui.history-admin.only-actor', { name: e.actorName ?? e.actorId })}>
                    {e.actorName ?? e.actorId}
                  </Link>
                  {e.actorName !== null && <span className="wg-choice__meta">{e.actorId}</span>}
                </td>
                <td>
                  {label ?? <code>{e.action}</code>}
                  {label !== null && (
                    <span className="wg-choice__meta">
                      <code>{e.action}</code>
                    </span>
                  )}
                  {hasData && (
                    <details>
                      <summary>{t('ui.history-admin.data')}</summary>
                      <pre className="wg-pre">{JSON.stringify(e.data, null, 1)}</pre>
                    </details>
                  )}
                </td>
                <td>
                  {e.subjectType === 'fube' || e.subjectType === 'family' || e.subjectType === 'user' ? t(`ui.history-admin.subject-type.${e.subjectType}`) : e.subjectType}{' '}
                  <Link to={hrefOf({ subjectType: e.subjectType, subjectId: e.subjectId })} aria-label={t('ui.history-admin.only-subject', { id: e.subjectId })}>
                    {e.subjectId}
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

import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { STATUSES } from '../../domain/workflow/status.js';
import { apiUrl } from '../api/client.js';
import { useEntities, useFamilies, useSearch } from '../api/queries.js';
import { CompareBar, CompareCheckbox } from '../compare/selection.js';
import { NewFubeLink } from '../fube/new-fube-link.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField, TextField } from '../ui/field.js';
import { stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { CATALOGUE_FILTERS, type CatalogueFilter, catalogueFilters, catalogueSearch } from '../../api/catalogue-filters.js';

const FILTERS = CATALOGUE_FILTERS;
type Filter = CatalogueFilter;

/** Full-text search with filters; the filters live in the URL so a search can be shared. */
export default function CataloguePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params, setParams] = useSearchParams();
  const current = catalogueFilters(params);
  const query = catalogueSearch(params);
  const [draft, setDraft] = useState(current);
  const families = useFamilies();
  const entities = useEntities();
  const search = useSearch(query);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (draft[f].trim() !== '') next.set(f, draft[f].trim());
    setParams(next);
  };
  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };
  const any = { value: '', label: t('ui.catalogue.any') };
  const set = (f: Filter) => (e: { target: { value: string } }) => setDraft({ ...draft, [f]: e.target.value });
  const familyName = (id: string) => families.data?.find((f) => f.id === id)?.name ?? id;
  const entityName = (id: string) => entities.data?.find((e) => e.id === id)?.name ?? id;

  return (
    <>
      <PageTitle title={t('ui.catalogue.title')}>{t('ui.catalogue.title')}</PageTitle>
      <NewFubeLink />
      <form role="search" aria-labelledby="catalogue-filters" onSubmit={submit}>
        <h2 id="catalogue-filters">{t('ui.catalogue.filters')}</h2>
        <TextField label={t('ui.catalogue.q')} hint={t('ui.catalogue.q.hint')} name="q" type="search" value={draft.q} onChange={set('q')} />
        <SelectField
          label={t('ui.col.family')}
          name="family"
          value={draft.family}
          onChange={set('family')}
          options={[any, ...(families.data ?? []).map((f) => ({ value: f.id, label: f.name }))]}
        />
        <TextField label={t('ui.col.class')} hint={t('ui.catalogue.class.hint')} name="class" value={draft.class} onChange={set('class')} />
        <SelectField
          label={t('ui.col.entity')}
          name="entity"
          value={draft.entity}
          onChange={set('entity')}
          options={[any, ...(entities.data ?? []).map((e) => ({ value: e.id, label: e.name }))]}
        />
        <SelectField
          label={t('ui.col.state')}
          name="state"
          value={draft.state}
          onChange={set('state')}
          options={[any, ...STATUSES.map((s) => ({ value: s, label: stateLabel(i18n, s) }))]}
        />
        <div className="wg-actions">
          <Button type="submit">{t('ui.catalogue.submit')}</Button>
        </div>
      </form>
      <p className="wg-actions" aria-label={t('ui.catalogue.export')}>
        {t('ui.catalogue.export')}:{' '}
        <a href={apiUrl('catalogueTable', {}, { ...current, format: 'csv' })} download>
          {t('ui.catalogue.export.csv')}
        </a>{' '}
        ·{' '}
        <a href={apiUrl('catalogueTable', {}, { ...current, format: 'xlsx' })} download>
          {t('ui.catalogue.export.xlsx')}
        </a>
      </p>
      <QueryState query={search}>
        {(result) => {
          const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
          return (
            <section aria-labelledby="catalogue-results">
              <div role="status">
                <h2 id="catalogue-results">
                  {result.exact ? t('ui.catalogue.results', { count: result.total }) : t('ui.catalogue.results-more', { count: i18n.number(result.total) })}
                </h2>
                {result.order === 'newest' && <p>{t('ui.catalogue.order-newest')}</p>}
              </div>
              {result.items.length === 0 ? (
                <p>{t('ui.catalogue.none')}</p>
              ) : (
                <TableWrap label={t('ui.catalogue.caption')}>
                  <table className="wg-table">
                    <caption>{t('ui.catalogue.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          <span className="wg-visually-hidden">{t('ui.comparison.pick-column')}</span>
                        </th>
                        <th scope="col">{t('ui.col.function')}</th>
                        <th scope="col">{t('ui.col.entity')}</th>
                        <th scope="col">{t('ui.col.family')}</th>
                        <th scope="col" className="wg-num">
                          {t('ui.col.class')}
                        </th>
                        <th scope="col">{t('ui.col.state')}</th>
                        <th scope="col">{t('ui.col.updated')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {result.items.map((item) => (
                        <tr key={item.id}>
                          <td>
                            <CompareCheckbox id={item.id} title={item.title} />
                          </td>
                          <td>
                            <Link to={`/fubes/${encodeURIComponent(item.id)}`}>{item.title}</Link>
                            {item.snippet !== null && <span className="wg-choice__meta">{item.snippet}</span>}
                          </td>
                          <td>{entityName(item.entityId)}</td>
                          <td>{familyName(item.familyId)}</td>
                          <td className="wg-num">{item.class ?? '–'}</td>
                          <td>{stateLabel(i18n, item.state)}</td>
                          <td>{i18n.date(item.updatedAt)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              )}
              <CompareBar />
              {pages > 1 && (
                <nav aria-label={t('ui.catalogue.pages')} className="wg-actions">
                  <Button variant="secondary" disabled={result.page <= 1} onClick={() => goTo(result.page - 1)}>
                    {t('ui.catalogue.previous')}
                  </Button>
                  <span>{t('ui.catalogue.page', { page: result.page, pages })}</span>
                  <Button variant="secondary" disabled={result.page >= pages} onClick={() => goTo(result.page + 1)}>
                    {t('ui.catalogue.next')}
                  </Button>
                </nav>
              )}
            </section>
          );
        }}
      </QueryState>
    </>
  );
}

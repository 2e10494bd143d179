import { Link, useSearchParams } from 'react-router';
import { statusSchema } from '../../domain/workflow/schema.js';
import { useEntities, useMatrix } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { SelectField } from '../ui/field.js';
import { stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';

/** Families × classes with counts; each count links to the FUBEs of its cell. */
export default function MatrixPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const state = params.get('state') ?? '';
  const matrix = useMatrix({ entity, state });
  const entities = useEntities();
  const setFilter = (name: 'entity' | 'state', value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(name);
    else next.set(name, value);
    setParams(next);
  };
  const any = { value: '', label: t('ui.catalogue.any') };
  return (
    <>
      <PageTitle title={t('ui.matrix.title')}>{t('ui.matrix.title')}</PageTitle>
      <p>{t('ui.matrix.intro')}</p>
      <div className="wg-two-col">
        <SelectField
          label={t('ui.col.entity')}
          value={entity}
          onChange={(e) => setFilter('entity', e.target.value)}
          options={[any, ...(entities.data ?? []).map((e) => ({ value: e.id, label: e.name }))]}
        />
        <SelectField
          label={t('ui.col.state')}
          value={state}
          onChange={(e) => setFilter('state', e.target.value)}
          options={[any, ...statusSchema.options.map((s) => ({ value: s, label: stateLabel(i18n, s) }))]}
        />
      </div>
      <QueryState query={matrix}>
        {(m) => {
          const count = (familyId: string, cls: number) => m.cells.find((c) => c.familyId === familyId && c.class === cls)?.count ?? 0;
          const cellLink = (familyId: string, cls: number) => {
            const q = new URLSearchParams({ family: familyId, class: String(cls) });
            if (entity !== '') q.set('entity', entity);
            if (state !== '') q.set('state', state);
            return `/matrix/cel?${q.toString()}`;
          };
          return (
            <TableWrap label={t('ui.matrix.caption')}>
              <table className="wg-table" data-testid="matrix">
                <caption>{t('ui.matrix.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ui.col.class')}</th>
                    {m.families.map((f) => (
                      <th scope="col" key={f.id} className="wg-num">
                        <Link to={`/families/${encodeURIComponent(f.id)}`}>{f.name}</Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...m.classes].reverse().map((cls) => (
                    <tr key={cls}>
                      <th scope="row">{t('ui.matrix.class', { class: cls })}</th>
                      {m.families.map((f) => {
                        const inFamily = f.levels.some((l) => l.classes.includes(cls));
                        const n = count(f.id, cls);
                        return (
                          <td key={f.id} className="wg-num">
                            {!inFamily ? (
                              <>
                                <span aria-hidden="true">·</span>
                                <span className="wg-visually-hidden">{t('ui.matrix.not-in-family')}</span>
                              </>
                            ) : n === 0 ? (
                              i18n.number(0)
                            ) : (
                              <Link to={cellLink(f.id, cls)} aria-label={t('ui.matrix.cell-link', { count: n, family: f.name, class: cls })}>
                                {i18n.number(n)}
                              </Link>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t('ui.matrix.undecided')}</th>
                    {m.families.map((f) => (
                      <td key={f.id} className="wg-num">
                        {i18n.number(m.undecided.find((u) => u.familyId === f.id)?.count ?? 0)}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </TableWrap>
          );
        }}
      </QueryState>
    </>
  );
}

import { Fragment } from 'react';
import { Link, useSearchParams } from 'react-router';
import { COMPARE_MAX } from '../../api/values.js';
import type { Matrix } from '../../api/matrix.js';
import { comparePath } from '../compare/selection.js';
import { STATUSES } from '../../domain/workflow/status.js';
import { useEntities, useMatrix } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { SelectField } from '../ui/field.js';
import { stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';

/** Titles shown in a cell before the rest folds away under "+ N meer". */
const SHOWN = 5;

/** One cell: the count (a link to the whole cell), the first titles, the rest under "+ N meer", and a way to compare a few. */
function CellTitles({ cell, familyName, href }: { cell: Matrix['cells'][number]; familyName: string; href: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const titles = (items: Matrix['cells'][number]['items']) => (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`/fubes/${encodeURIComponent(item.id)}`}>{item.title}</Link>
        </li>
      ))}
    </ul>
  );
  const rest = cell.items.slice(SHOWN);
  return (
    <>
      <Link to={href} aria-label={t('ui.matrix.cell-link', { count: cell.count, family: familyName, class: cell.class })}>
        {i18n.number(cell.count)}
      </Link>
      {titles(cell.items.slice(0, SHOWN))}
      {cell.count > SHOWN && (
        <details>
          <summary>{t('ui.matrix.more', { count: cell.count - SHOWN })}</summary>
          {titles(rest)}
          {cell.count > cell.items.length && (
            <p>
              <Link to={href}>{t('ui.matrix.all', { count: cell.count })}</Link>
            </p>
          )}
        </details>
      )}
      {cell.count >= 2 && cell.count <= COMPARE_MAX && (
        <p>
          <Link to={comparePath(cell.items.map((i) => i.id))}>{t('ui.comparison.cell-compare', { count: cell.count })}</Link>
        </p>
      )}
    </>
  );
}

/**
 * The function level matrix: families side by side, each with its own column set (its levels,
 * spanning their classes, and the FUBE titles per class), classes in the rows. The count of a
 * cell links to the whole cell (where FUBEs can be chosen to compare).
 */
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
          options={[any, ...STATUSES.map((s) => ({ value: s, label: stateLabel(i18n, s) }))]}
        />
      </div>
      <QueryState query={matrix}>
        {(m) => {
          const cellOf = (familyId: string, cls: number) => m.cells.find((c) => c.familyId === familyId && c.class === cls);
          const cellLink = (familyId: string, cls: number) => {
            const q = new URLSearchParams({ family: familyId, class: String(cls) });
            if (entity !== '') q.set('entity', entity);
            if (state !== '') q.set('state', state);
            return `/matrix/cel?${q.toString()}`;
          };
          const rows = [...m.classes].reverse();
          // Per family, the level of each row and how many rows it spans (a level with two classes spans two).
          const levelRuns = new Map(
            m.families.map((f) => {
              const levels = rows.map((cls) => f.levels.find((l) => l.classes.includes(cls))?.level ?? null);
              const span = levels.map((level, r) => {
                if (r > 0 && levels[r - 1] === level) return 0;
                let n = 1;
                while (r + n < levels.length && levels[r + n] === level) n++;
                return n;
              });
              return [f.id, { levels, span }] as const;
            }),
          );
          return (
            <TableWrap label={t('ui.matrix.caption')}>
              <table className="wg-table wg-matrix" data-testid="matrix">
                <caption>{t('ui.matrix.caption')}</caption>
                <thead>
                  <tr>
                    <td rowSpan={2} />
                    {m.families.map((f) => (
                      <th scope="colgroup" colSpan={2} key={f.id} className="wg-matrix-family" data-testid="matrix-family">
                        <Link to={`/families/${encodeURIComponent(f.id)}`}>{f.name}</Link>
                      </th>
                    ))}
                  </tr>
                  <tr>
                    {m.families.map((f) => (
                      <Fragment key={f.id}>
                        <th scope="col" className="wg-matrix-level">
                          {t('ui.matrix.level')}
                        </th>
                        <th scope="col">{t('ui.matrix.functions')}</th>
                      </Fragment>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((cls, r) => (
                    <tr key={cls}>
                      <th scope="row">{t('ui.matrix.class', { class: cls })}</th>
                      {m.families.map((f) => {
                        const run = levelRuns.get(f.id)!;
                        const level = run.levels[r] ?? null;
                        const span = run.span[r] ?? 1;
                        const cell = cellOf(f.id, cls);
                        return (
                          <Fragment key={f.id}>
                            {span > 0 && (
                              <td rowSpan={span} className="wg-matrix-level">
                                {level !== null && t('ui.matrix.level-n', { level })}
                              </td>
                            )}
                            <td className="wg-matrix-cell" data-testid={cell === undefined ? undefined : `cell-${f.id}-${cls}`}>
                              {cell === undefined ? (
                                <>
                                  <span aria-hidden="true">·</span>
                                  <span className="wg-visually-hidden">{t('ui.matrix.not-in-family')}</span>
                                </>
                              ) : cell.count === 0 ? (
                                <span className="wg-matrix-none">{i18n.number(0)}</span>
                              ) : (
                                <CellTitles cell={cell} familyName={f.name} href={cellLink(f.id, cls)} />
                              )}
                            </td>
                          </Fragment>
                        );
                      })}
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t('ui.matrix.undecided')}</th>
                    {m.families.map((f) => (
                      <td key={f.id} colSpan={2} className="wg-num">
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

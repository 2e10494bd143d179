import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ComparedText, FubeComparison } from '../../api/compare.js';
import { useCompareFubes } from '../api/queries.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { comparePath } from './selection.js';
import './compare.css';

type Fube = FubeComparison['fubes'][number];

/**
 * `/vergelijken?ids=a,b,c`: two to six FUBEs side by side (issue 15 item 6). The first is the
 * reference; every other column is compared with it: cells that differ are marked (a colour
 * and the word "verschilt"), texts show the words inserted (<ins>) and deleted (<del>).
 */
export default function ComparePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter((id) => id !== '');
  const comparison = useCompareFubes(ids);
  return (
    <>
      <PageTitle title={t('ui.comparison.title')}>{t('ui.comparison.title')}</PageTitle>
      <p>{t('ui.comparison.intro')}</p>
      <Legend />
      <QueryState query={comparison}>{(view) => <Comparison view={view} i18n={i18n} />}</QueryState>
    </>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <section className="wg-compare-legend" aria-labelledby="compare-legend">
      <h2 id="compare-legend">{t('ui.comparison.legend-title')}</h2>
      <dl>
        <dt>
          <ins className="wg-diff-sample">{t('ui.comparison.legend-sample-ins')}</ins>
        </dt>
        <dd>{t('ui.comparison.legend-ins')}</dd>
        <dt>
          <del className="wg-diff-sample">{t('ui.comparison.legend-sample-del')}</del>
        </dt>
        <dd>{t('ui.comparison.legend-del')}</dd>
        <dt>
          <span className="wg-compare-flag">{t('ui.comparison.differs')}</span>
        </dt>
        <dd>{t('ui.comparison.legend-differs')}</dd>
      </dl>
    </section>
  );
}

function Comparison({ view, i18n }: { view: FubeComparison; i18n: I18n }) {
  const { t } = i18n;
  const ids = view.fubes.map((f) => f.id);
  const families = new Set(view.criteria.map((c) => c.familyId));
  // The ways to change the comparison only once, in the overview; the other tables repeat the titles.
  const head = <FubeHeads fubes={view.fubes} ids={ids} actions={false} />;
  return (
    <>
      <section aria-labelledby="compare-overview">
        <h2 id="compare-overview">{t('ui.comparison.overview')}</h2>
        <CompareTable
          caption={t('ui.comparison.overview-caption')}
          head={<FubeHeads fubes={view.fubes} ids={ids} actions />}
        >
          <tr>
            <th scope="row">{t('ui.comparison.row.entity')}</th>
            {view.fubes.map((f) => (
              <Cell key={f.id} differs={f.entityId !== view.fubes[0]!.entityId}>
                {f.entityName}
                {f.unitName !== null && <span className="wg-compare-meta">{f.unitName}</span>}
              </Cell>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('ui.comparison.row.family')}</th>
            {view.fubes.map((f) => (
              <Cell key={f.id} differs={f.familyId !== view.fubes[0]!.familyId}>
                <Link to={`/families/${encodeURIComponent(f.familyId)}`}>{f.familyName}</Link>
              </Cell>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('ui.comparison.row.state')}</th>
            {view.fubes.map((f) => (
              <td key={f.id}>{stateLabel(i18n, f.state)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('ui.comparison.row.class')}</th>
            {view.fubes.map((f, i) => (
              <Cell key={f.id} differs={i > 0 && !f.sameAsFirst} testId="compare-class">
                <Standing fube={f} i18n={i18n} />
              </Cell>
            ))}
          </tr>
        </CompareTable>
      </section>

      <section aria-labelledby="compare-criteria">
        <h2 id="compare-criteria">{t('ui.comparison.criteria')}</h2>
        <CompareTable caption={t('ui.comparison.criteria-caption')} head={head}>
          {view.criteria.map((row, r) => (
            <CriterionRows
              key={`${row.familyId}/${row.criterionId}`}
              row={row}
              first={r === 0 || view.criteria[r - 1]!.familyId !== row.familyId}
              grouped={families.size > 1}
              i18n={i18n}
              familyIds={view.fubes.map((f) => f.familyId)}
            />
          ))}
        </CompareTable>
      </section>

      <section aria-labelledby="compare-texts">
        <h2 id="compare-texts">{t('ui.comparison.texts')}</h2>
        <CompareTable caption={t('ui.comparison.texts-caption')} head={head}>
          {view.texts.map((row) => (
            <tr key={row.field}>
              <th scope="row">{t(`ui.comparison.field.${row.field}`)}</th>
              {row.texts.map((text, i) => (
                <Cell key={ids[i]} differs={i > 0 && !text.same}>
                  <DiffText text={text} />
                </Cell>
              ))}
            </tr>
          ))}
        </CompareTable>
      </section>

      <section aria-labelledby="compare-areas">
        <h2 id="compare-areas">{t('ui.comparison.result-areas')}</h2>
        <CompareTable caption={t('ui.comparison.result-areas-caption')} head={head}>
          {view.resultAreas.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.title}</th>
              {row.areas.map((area, i) => {
                const differs =
                  i > 0 &&
                  (area === null ||
                    row.areas[0] === null ||
                    !area.title.same ||
                    !area.what.same ||
                    !area.goal.same ||
                    !area.activities.same);
                return (
                  <Cell key={ids[i]} differs={differs}>
                    {area === null ? (
                      <em>{t('ui.comparison.area.missing')}</em>
                    ) : (
                      <div className="wg-compare-area">
                        <div>
                          <strong>
                            <DiffText text={area.title} />
                          </strong>
                        </div>
                        <div>
                          <h4>{t('ui.comparison.area.what')}</h4>
                          <DiffText text={area.what} />
                        </div>
                        <div>
                          <h4>{t('ui.comparison.area.goal')}</h4>
                          <DiffText text={area.goal} />
                        </div>
                        <div>
                          <h4>{t('ui.comparison.area.activities')}</h4>
                          <DiffText text={area.activities} />
                        </div>
                      </div>
                    )}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </CompareTable>
      </section>
    </>
  );
}

/** The column heads: each FUBE's title (a link), the reference marked, and ways to reorder or leave one out. */
function FubeHeads({ fubes, ids, actions }: { fubes: FubeComparison['fubes']; ids: string[]; actions: boolean }) {
  const { t } = useI18n();
  return (
    <tr>
      <th scope="col">{t('ui.comparison.function')}</th>
      {fubes.map((f, i) => (
        <th scope="col" key={f.id}>
          <Link to={`/fubes/${encodeURIComponent(f.id)}`}>{f.title}</Link>
          {i === 0 ? (
            <span className="wg-badge">{t('ui.comparison.reference')}</span>
          ) : (
            actions && (
              <span className="wg-compare-meta">
                <Link
                  to={comparePath([f.id, ...ids.filter((id) => id !== f.id)])}
                  aria-label={t('ui.comparison.make-reference-label', { title: f.title })}
                >
                  {t('ui.comparison.make-reference')}
                </Link>
              </span>
            )
          )}
          {actions && ids.length > 2 && (
            <span className="wg-compare-meta">
              <Link
                to={comparePath(ids.filter((id) => id !== f.id))}
                aria-label={t('ui.comparison.leave-out-label', { title: f.title })}
              >
                {t('ui.comparison.leave-out')}
              </Link>
            </span>
          )}
        </th>
      ))}
    </tr>
  );
}

function CompareTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <TableWrap label={caption}>
      <table className="wg-table wg-compare-table">
        <caption>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}

/** A cell, marked when it differs from the reference: a background and the word, not colour alone. */
function Cell({ differs, children, testId }: { differs: boolean; children: ReactNode; testId?: string }) {
  const { t } = useI18n();
  return (
    <td
      className={differs ? 'wg-compare-differs' : undefined}
      data-testid={testId}
      data-differs={differs ? 'true' : undefined}
    >
      {differs && (
        <>
          <span className="wg-compare-flag">{t('ui.comparison.differs')}</span>{' '}
        </>
      )}
      {children}
    </td>
  );
}

function Standing({ fube, i18n }: { fube: Fube; i18n: I18n }) {
  const { t } = i18n;
  if (fube.standing === 'none' || fube.class === null) return <>{t('ui.comparison.standing.none')}</>;
  const value =
    fube.level !== null
      ? t('ui.comparison.level-class', { level: fube.level, class: fube.class })
      : t('ui.comparison.class-only', { class: fube.class });
  const source =
    fube.standing === 'unassignable'
      ? t('ui.comparison.standing.unassignable', { method: fube.method ?? '' })
      : fube.standing === 'decided'
        ? t('ui.comparison.standing.decided')
        : t('ui.comparison.standing.suggested');
  return (
    <>
      <strong>{value}</strong>
      <span className="wg-compare-meta">{source}</span>
    </>
  );
}

function CriterionRows({
  row,
  first,
  grouped,
  i18n,
  familyIds,
}: {
  row: FubeComparison['criteria'][number];
  first: boolean;
  grouped: boolean;
  i18n: I18n;
  familyIds: string[];
}) {
  const { t } = i18n;
  return (
    <>
      {grouped && first && (
        <tr>
          <th scope="colgroup" colSpan={familyIds.length + 1}>
            {t('ui.comparison.criteria-family', { family: row.familyName })}
          </th>
        </tr>
      )}
      <tr data-testid="compare-criterion">
        <th scope="row">{row.name}</th>
        {row.values.map((value, i) => {
          const differs = i > 0 && (value === null ? row.values[0] !== null || row.differs : !value.sameAsFirst);
          return (
            <Cell key={i} differs={differs}>
              {value === null ? (
                <em>{t(familyIds[i] === row.familyId ? 'ui.comparison.no-value' : 'ui.comparison.other-family')}</em>
              ) : (
                <>
                  <strong>{t('ui.comparison.value', { value: value.value })}</strong>
                  <span className="wg-diff"> {value.text}</span>
                  <span className="wg-compare-meta">
                    {value.from === value.to
                      ? t('ui.comparison.value-level', { level: value.from, classes: value.classes.join('/') })
                      : t('ui.comparison.value-level-range', {
                          from: value.from,
                          to: value.to,
                          classes: value.classes.join(', '),
                        })}
                  </span>
                </>
              )}
            </Cell>
          );
        })}
      </tr>
    </>
  );
}

/** A text with its word differences from the reference; the reference itself plain. */
export function DiffText({ text }: { text: ComparedText }) {
  const { t } = useI18n();
  if (text.text === '' && text.parts.every((p) => p.kind !== 'del')) return <em>{t('ui.comparison.empty-text')}</em>;
  if (text.same) return <span className="wg-diff">{text.text}</span>;
  return (
    <span className="wg-diff">
      {text.parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'ins' ? (
          <ins key={i}>
            <span className="wg-visually-hidden">{t('ui.comparison.ins-start')}</span>
            {part.text}
            <span className="wg-visually-hidden">{t('ui.comparison.change-end')}</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="wg-visually-hidden">{t('ui.comparison.del-start')}</span>
            {part.text}
            <span className="wg-visually-hidden">{t('ui.comparison.change-end')}</span>
          </del>
        ),
      )}
    </span>
  );
}

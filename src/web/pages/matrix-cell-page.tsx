import { Link, useSearchParams } from 'react-router';
import { useFamilies, useMatrixCell } from '../api/queries.js';
import { CompareBar, CompareCheckbox } from '../compare/selection.js';
import { useI18n } from '../i18n/i18n.js';
import { stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';

/** The FUBEs of one matrix cell (family × class). */
export default function MatrixCellPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params] = useSearchParams();
  const family = params.get('family') ?? '';
  const cls = Number(params.get('class'));
  const cell = useMatrixCell({ family, class: cls, entity: params.get('entity'), state: params.get('state') });
  const families = useFamilies();
  const familyName = families.data?.find((f) => f.id === family)?.name ?? family;
  const title = t('ui.matrix.cell-title', { family: familyName, class: cls });
  const back = new URLSearchParams(params);
  back.delete('family');
  back.delete('class');
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <p>
        <Link to={`/matrix${back.size > 0 ? `?${back.toString()}` : ''}`}>{t('ui.matrix.back')}</Link>
      </p>
      <QueryState query={cell}>
        {(c) =>
          c.items.length === 0 ? (
            <p>{t('ui.matrix.cell-empty')}</p>
          ) : (
            <>
              <ul className="wg-matrix-cell-list">
                {c.items.map((item) => (
                  <li key={item.id}>
                    <CompareCheckbox id={item.id} title={item.title} /> <Link to={`/fubes/${encodeURIComponent(item.id)}`}>{item.title}</Link> · {stateLabel(i18n, item.state)}
                  </li>
                ))}
              </ul>
              <CompareBar />
            </>
          )
        }
      </QueryState>
    </>
  );
}

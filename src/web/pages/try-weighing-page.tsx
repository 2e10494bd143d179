import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Family } from '../../domain/family/schema.js';
import type { WeighingValues } from '../../domain/weighing/types.js';
import { useFamily } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { WeighingForm, WeighingResultPanel, useLiveWeighing } from '../weighing/weighing-form.js';

/** A weighing on a family without a FUBE: to learn the criteria or prepare a discussion. */
export default function TryWeighingPage() {
  const { id = '' } = useParams();
  const family = useFamily(id);
  return <QueryState query={family}>{(doc) => <TryWeighing family={doc.family} />}</QueryState>;
}

function TryWeighing({ family }: { family: Family }) {
  const { t } = useI18n();
  const [values, setValues] = useState<WeighingValues>({});
  const result = useLiveWeighing(family, values);
  const onChoose = useCallback((id: string, value: number) => setValues((v) => ({ ...v, [id]: value })), []);
  const title = t('ui.weighing.try-title', { family: family.name });
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <p>
        <Link to={`/families/${encodeURIComponent(family.id)}`}>{family.name}</Link>
      </p>
      <p>{t('ui.weighing.intro')}</p>
      <div className="wg-two-col">
        <WeighingForm family={family} values={values} onChoose={onChoose} />
        <div className="wg-sticky">
          <WeighingResultPanel family={family} values={values} result={result} />
        </div>
      </div>
    </>
  );
}

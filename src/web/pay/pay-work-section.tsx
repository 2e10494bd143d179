import { Link } from 'react-router';
import type { PayWorkItem } from '../../api/pay-follow-up.js';
import { usePayWork } from '../api/pay-follow-up-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { useFamilies } from '../api/queries.js';
import { followUpCategoryLabel } from './pay-follow-up-section.js';
import { payDeadlineText } from './pay-format.js';

/** The pay items of "Mijn werk" (follow-up, assessment files, requests): nothing when there are none. */
export function PayWorkSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const work = usePayWork();
  const families = useFamilies();
  const familyNames = Object.fromEntries((families.data ?? []).map((f) => [f.id, f.name]));
  const items = work.data?.items ?? [];
  if (items.length === 0) return null;
  const label = (item: PayWorkItem) => {
    const category = item.category === null ? '' : followUpCategoryLabel(i18n, familyNames, { grain: item.grain ?? 'class', category: item.category });
    const args = { scope: item.scopeName ?? '', category, period: item.period ?? '' };
    switch (item.kind) {
      case 'follow-up':
        return t('ui.pay-work.follow-up', args);
      case 'assessment':
        return t('ui.pay-work.assessment', args);
      case 'measure':
        return t('ui.pay-work.measure', args);
      case 'request-to-answer':
        return t('ui.pay-work.request-to-answer');
      case 'own-request':
        return item.answered === true ? t('ui.pay-work.own-request-answered') : t('ui.pay-work.own-request-open');
    }
  };
  const when = (item: PayWorkItem) => payDeadlineText(i18n, item.deadline);
  return (
    <section aria-labelledby="pay-work-title">
      <h2 id="pay-work-title">{t('ui.pay-work.title')}</h2>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.kind}-${item.link}-${i}`}>
            <Link to={item.link}>{label(item)}</Link> {when(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}

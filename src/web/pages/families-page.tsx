import { Link } from 'react-router';
import { FAMILY_ADMIN_PATH } from '../admin/paths.js';
import { useFamilies } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermission } from '../shell/permissions.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';

export default function FamiliesPage() {
  const { t } = useI18n();
  const families = useFamilies();
  const mayManage = usePermission('manage-families');
  return (
    <>
      <PageTitle title={t('ui.families.title')}>{t('ui.families.title')}</PageTitle>
      {mayManage === true && (
        <p>
          <Link to={FAMILY_ADMIN_PATH}>{t('ui.families.manage')}</Link>
        </p>
      )}
      <QueryState query={families}>
        {(list) => (
          <TableWrap label={t('ui.families.caption')}>
            <table className="wg-table">
              <caption>{t('ui.families.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.col.family')}</th>
                  <th scope="col">{t('ui.col.revision')}</th>
                  <th scope="col">{t('ui.col.state')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((f) => (
                  <tr key={f.id}>
                    <td>
                      <Link to={`/families/${encodeURIComponent(f.id)}`}>{f.name}</Link>
                    </td>
                    <td>{t('ui.family.version', { version: f.version })}</td>
                    <td>{t(`ui.family.status.${f.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </QueryState>
    </>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { FamilyVersionInfo } from '../../api/families.js';
import { checkFamilyWording } from '../../domain/checks/gender-neutral.js';
import { useFamilyVersions, usePublishFamily } from '../api/admin-queries.js';
import { useFamily } from '../api/queries.js';
import { WordingFindings } from '../family/wording-findings.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { RequirePermission } from './admin-gate.js';
import { FAMILY_ADMIN_PATH } from './paths.js';

export default function FamilyVersionsPage() {
  return (
    <RequirePermission permission="manage-families">
      <FamilyVersions />
    </RequirePermission>
  );
}

function FamilyVersions() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const versions = useFamilyVersions(id);
  return (
    <QueryState query={versions}>
      {(list) => {
        const name = [...list].sort((a, b) => b.version - a.version)[0]?.name ?? id;
        return (
          <>
            <PageTitle title={t('ui.family-versions.title', { name })}>{t('ui.family-versions.title', { name })}</PageTitle>
            <p>
              <Link to={FAMILY_ADMIN_PATH}>{t('ui.family-versions.back')}</Link>
            </p>
            <Versions id={id} list={list} />
          </>
        );
      }}
    </QueryState>
  );
}

function Versions({ id, list }: { id: string; list: FamilyVersionInfo[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [params] = useSearchParams();
  const saved = Number(params.get('bewaard'));
  const [asked, setAsked] = useState<number | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const publish = usePublishFamily(id);
  const sorted = [...list].sort((a, b) => b.version - a.version);
  const onConfirm = (version: number) =>
    publish.mutate(version, {
      onSuccess: () => {
        setAsked(null);
        setPublished(version);
      },
    });
  // Focus goes where the user's next step is: the result, or back to the button they left.
  useEffect(() => {
    if (published !== null) document.getElementById('publicatie-resultaat')?.focus();
  }, [published]);
  const onCancel = (version: number) => {
    setAsked(null);
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`tr[data-version="${version}"] button`)?.focus());
  };
  return (
    <>
      <div aria-live="polite" id="publicatie-resultaat" tabIndex={-1}>
        {published !== null ? (
          <Alert tone="success" title={t('ui.family-versions.published', { version: published })}>
            <p>
              <Link to={`/families/${encodeURIComponent(id)}`}>{t('ui.family-versions.open-published')}</Link>
            </p>
          </Alert>
        ) : (
          Number.isInteger(saved) && saved > 0 && list.some((v) => v.version === saved && v.status === 'draft') && (
            <Alert tone="success">{t('ui.family-versions.saved', { version: saved })}</Alert>
          )
        )}
      </div>
      <TableWrap label={t('ui.family-versions.caption')}>
        <table className="wg-table">
          <caption>{t('ui.family-versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.family-versions.col.version')}</th>
              <th scope="col">{t('ui.col.state')}</th>
              <th scope="col">{t('ui.family-versions.col.created')}</th>
              <th scope="col">{t('ui.family-versions.col.published')}</th>
              <th scope="col">{t('ui.family-versions.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((v) => (
              <tr key={v.version} data-version={v.version}>
                <th scope="row">{t('ui.family.version', { version: v.version })}</th>
                <td>{t(`ui.family.status.${v.status}`)}</td>
                <td>{i18n.dateTime(v.createdAt)}</td>
                <td>{v.publishedAt === null ? t('ui.family-versions.not-published') : i18n.dateTime(v.publishedAt)}</td>
                <td>
                  <Link to={`/families/${encodeURIComponent(id)}?version=${v.version}`}>{t('ui.family-versions.view', { version: v.version })}</Link>
                  {v.status === 'draft' && (
                    <>
                      <br />
                      <Button variant="secondary" aria-expanded={asked === v.version} aria-controls="publiceren" onClick={() => {
                        publish.reset();
                        setPublished(null);
                        setAsked(v.version);
                      }}>
                        {t('ui.family-versions.publish', { version: v.version })}
                      </Button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <div id="publiceren">
        {asked !== null && (
          <ConfirmPublish
            id={id}
            version={asked}
            pending={publish.isPending}
            error={publish.error}
            onConfirm={() => onConfirm(asked)}
            onCancel={() => onCancel(asked)}
          />
        )}
      </div>
    </>
  );
}

/** The confirm step: what publishing means, the draft's wording findings, then yes or no. */
function ConfirmPublish({ id, version, pending, error, onConfirm, onCancel }: { id: string; version: number; pending: boolean; error: unknown; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  const draft = useFamily(id, version);
  const heading = useRef<HTMLHeadingElement>(null);
  const findings = useMemo(() => (draft.data === undefined ? [] : checkFamilyWording(draft.data.family)), [draft.data]);
  // The confirm step takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [version]);
  return (
    <section className="wg-card" aria-labelledby="publiceren-titel">
      <h2 id="publiceren-titel" tabIndex={-1} ref={heading}>
        {t('ui.family-versions.confirm.title', { version })}
      </h2>
      <p>{t('ui.family-versions.confirm.text')}</p>
      <h3>{t('ui.wording.heading')}</h3>
      <QueryState query={draft}>{() => <WordingFindings findings={findings} />}</QueryState>
      {error !== null && <ErrorMessage error={error} />}
      <div className="wg-actions">
        <Button onClick={onConfirm} disabled={pending}>
          {t('ui.family-versions.confirm.yes', { version })}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('ui.family-versions.confirm.no')}
        </Button>
      </div>
    </section>
  );
}

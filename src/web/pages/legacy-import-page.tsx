import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { LegacyDraftResult } from '../../api/legacy.js';
import { ForbiddenPage } from '../admin/admin-gate.js';
import { useUploadLegacyFile } from '../api/legacy-queries.js';
import { useFamilies } from '../api/queries.js';
import { type Place, PlaceFields, useMayCreate, usePlaceComplete } from '../fube/place-fields.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { SelectField, TextField } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, Loading } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';

/** One line of the result list: a file and what became of it (or the problem of its request). */
type Line = { file: string; result: LegacyDraftResult } | { file: string; error: unknown };

/**
 * "Oude functiebeschrijvingen inlezen" (issue 17 item 3): old files as drafts with a
 * suggestion, for whoever may start a FUBE, in the places they may (the same pickers as a new
 * FUBE). One request per file, one after the other, so each gets its own line and a refused
 * file does not stop the others.
 */
export default function LegacyImportPage() {
  const { t } = useI18n();
  const mayCreate = useMayCreate();
  if (mayCreate === undefined) return <Loading />;
  if (!mayCreate) return <ForbiddenPage text={t('ui.legacy.forbidden')} />;
  return <LegacyImportForm />;
}

function LegacyImportForm() {
  const { t } = useI18n();
  const families = useFamilies();
  const published = (families.data ?? []).filter((f) => f.status === 'published');
  const upload = useUploadLegacyFile();
  const [files, setFiles] = useState<File[]>([]);
  const [place, setPlace] = useState<Place>({ entityId: '', unitId: '' });
  const [familyId, setFamilyId] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState<{ file: string; n: number; total: number } | null>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const complete = usePlaceComplete(place);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (files.length === 0 || !complete || busy !== null) return;
    setLines([]);
    const done: Line[] = [];
    for (const [i, file] of files.entries()) {
      setBusy({ file: file.name, n: i + 1, total: files.length });
      try {
        const result = await upload.mutateAsync({
          file,
          entityId: place.entityId,
          ...(place.unitId !== '' ? { unitId: place.unitId } : {}),
          ...(familyId !== '' ? { familyId } : {}),
        });
        done.push({ file: file.name, result });
      } catch (error) {
        done.push({ file: file.name, error });
      }
      setLines([...done]);
    }
    setBusy(null);
  };

  const created = lines.filter((l) => 'result' in l && l.result.status === 'created').length;
  return (
    <>
      <PageTitle title={t('ui.legacy.title')}>{t('ui.legacy.title')}</PageTitle>
      <p>{t('ui.legacy.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('ui.legacy.files')}
          hint={t('ui.legacy.files-hint')}
          type="file"
          multiple
          accept=".docx,.txt,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,application/pdf"
          error={tried && files.length === 0 ? t('ui.legacy.files-missing') : undefined}
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        <PlaceFields value={place} onChange={setPlace} tried={tried} />
        {published.length > 1 && (
          <SelectField
            label={t('ui.legacy.family')}
            value={familyId}
            onChange={(e) => setFamilyId(e.target.value)}
            options={[
              { value: '', label: t('ui.legacy.family-suggest') },
              ...published.map((f) => ({ value: f.id, label: f.name })),
            ]}
          />
        )}
        <div className="wg-actions">
          <Button type="submit" disabled={busy !== null}>
            {t('ui.legacy.submit')}
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {busy !== null && <p>{t('ui.legacy.busy', { file: busy.file, n: busy.n, total: busy.total })}</p>}
      </div>
      {lines.length > 0 && (
        <section aria-labelledby="legacy-results">
          <h2 id="legacy-results">{t('ui.legacy.results')}</h2>
          {busy === null && (
            <Alert tone={created === lines.length ? 'success' : 'warning'}>
              {t('ui.legacy.summary', { created, failed: lines.length - created })}
            </Alert>
          )}
          <TableWrap label={t('ui.legacy.results-caption')}>
            <table className="wg-table" data-testid="legacy-results">
              <caption>{t('ui.legacy.results-caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.legacy.col.file')}</th>
                  <th scope="col">{t('ui.legacy.col.result')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line, i) => (
                  <tr key={i} data-status={'result' in line ? line.result.status : 'error'}>
                    <td>{line.file}</td>
                    <td>
                      {'error' in line ? (
                        <ErrorMessage error={line.error} />
                      ) : line.result.fube !== null ? (
                        <>
                          <Link to={`/fubes/${encodeURIComponent(line.result.fube.id)}/weging`}>
                            {t('ui.legacy.created', { title: line.result.fube.title })}
                          </Link>
                          {line.result.warnings.length > 0 && (
                            <p className="wg-hint">{line.result.warnings.join('; ')}</p>
                          )}
                        </>
                      ) : (
                        t('ui.legacy.failed', { reason: line.result.errors.map((e) => e.message).join('; ') })
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}
    </>
  );
}

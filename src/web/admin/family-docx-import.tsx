import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import type { FamilyDocxImported, FamilyImportNote } from '../../api/families.js';
import { useImportFamilyDocx } from '../api/admin-queries.js';
import { useFamilies } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { SelectField } from '../ui/field.js';
import { ErrorMessage } from '../ui/query-state.js';
import { familyVersionsPath } from './paths.js';

/**
 * A family from a Word document (issue 17 item 1, decision 0063): the administrator picks a
 * .docx (the Flemish family layout or Weegschaal's own family document) and, when it is a new
 * version, the family; the server reads it, stores it as a draft version and answers with the
 * report. The report is shown here — what to check, with where it stands in the document —
 * with a link to the draft for review and publication on the versions page.
 */
export function FamilyDocxImport() {
  const { t } = useI18n();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [familyId, setFamilyId] = useState('');
  const families = useFamilies();
  const upload = useImportFamilyDocx();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file === null) return;
    upload.mutate({ file, ...(familyId !== '' ? { familyId } : {}) });
  };
  return (
    <section aria-labelledby="word-inlezen">
      <h2 id="word-inlezen">{t('ui.family-docx.heading')}</h2>
      <p>{t('ui.family-docx.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="wg-field">
          <label htmlFor={fileId}>{t('ui.family-docx.file')}</label>
          <span id={`${fileId}-hint`} className="wg-hint">
            {t('ui.family-docx.file-hint')}
          </span>
          <input
            id={fileId}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
        </div>
        <SelectField
          label={t('ui.family-docx.base')}
          hint={t('ui.family-docx.base-hint')}
          value={familyId}
          onChange={(e) => setFamilyId(e.target.value)}
          options={[
            { value: '', label: t('ui.family-docx.base-none') },
            ...(families.data ?? []).map((f) => ({ value: f.id, label: f.name })),
          ]}
        />
        <div className="wg-actions">
          <Button type="submit" disabled={file === null || upload.isPending}>
            {t('ui.family-docx.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {upload.isPending && <p className="wg-hint">{t('ui.family-docx.reading')}</p>}
        {upload.error !== null && <ErrorMessage error={upload.error} />}
        {upload.data !== undefined && <ImportReport result={upload.data} />}
      </div>
    </section>
  );
}

function ImportReport({ result }: { result: FamilyDocxImported }) {
  const { t } = useI18n();
  const { saved, report } = result;
  return (
    <div data-testid="family-docx-report">
      <Alert tone="success" title={t('ui.family-docx.saved', { name: saved.name, version: saved.version })}>
        <p>
          {t(report.layout === 'weegschaal' ? 'ui.family-docx.layout.weegschaal' : 'ui.family-docx.layout.flemish')}{' '}
          {t('ui.family-docx.summary', { certain: report.certain.length, check: report.check.length })}
        </p>
        <p>
          <Link to={`${familyVersionsPath(saved.id)}?bewaard=${saved.version}`}>
            {t('ui.family-docx.review', { version: saved.version })}
          </Link>
        </p>
      </Alert>
      {report.check.length > 0 && (
        <>
          <h3>{t('ui.family-docx.check-heading')}</h3>
          <NoteList notes={report.check} testId="family-docx-check" />
        </>
      )}
      <details>
        <summary>{t('ui.family-docx.certain-heading', { count: report.certain.length })}</summary>
        <NoteList notes={report.certain} testId="family-docx-certain" />
      </details>
    </div>
  );
}

function NoteList({ notes, testId }: { notes: FamilyImportNote[]; testId: string }) {
  return (
    <ul data-testid={testId}>
      {notes.map((note, i) => (
        <li key={i}>
          {note.where !== '' && (
            <>
              <strong>{note.where}</strong>:{' '}
            </>
          )}
          {note.message}
        </li>
      ))}
    </ul>
  );
}

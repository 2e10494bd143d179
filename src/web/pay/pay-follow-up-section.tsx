import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { FollowUpCategoryView, FollowUpView } from '../../api/pay-follow-up.js';
import { PAY_ASSESSMENT_PATH } from '../admin/paths.js';
import { ApiError } from '../api/client.js';
import { usePayFollowUp, useRecordFollowUpEntry, useRecordPayReport } from '../api/pay-follow-up-queries.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { usePermission } from '../shell/permissions.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { RadioGroup } from '../ui/radio-group.js';
import { TableWrap } from '../ui/table-wrap.js';
import { categoryName, payDeadlineText, percent } from './pay-format.js';

/** The section's anchor: "Mijn werk" and the flagged summary link here. */
export const FOLLOW_UP_ANCHOR = 'opvolging';

type FamilyNames = Readonly<Record<string, string>>;

/** "klasse 16" or "familie × klasse Family — 16": the two grains can share a key ("16" for people classed without a FUBE). */
export function followUpCategoryLabel(
  i18n: I18n,
  familyNames: FamilyNames,
  c: Pick<FollowUpCategoryView, 'grain' | 'category'>,
): string {
  return c.grain === 'class'
    ? i18n.t('ui.pay-follow-up.class', { category: c.category })
    : i18n.t('ui.pay-follow-up.family-class', { category: categoryName(familyNames, c.category) });
}

/** Field errors of a refused write, by path (`text`, `dueDate`, …), in the caller's language. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return Object.fromEntries(errors.map((e) => [e.path, e.message]));
}

/**
 * "Opvolging (art. 10)" on the report page, for the pay analyst only (issue 16 item 5): record
 * the report (the six months start), per flagged category a justification or measures with a
 * due date, the status and deadline of each, and the link to an opened assessment file. The
 * server opens due files on this read and decides every ability; the section offers only those.
 */
export function PayFollowUpSection({ period, familyNames }: { period: string; familyNames: FamilyNames }) {
  const allowed = usePermission('follow-up-pay');
  if (allowed !== true) return null;
  return <FollowUp period={period} familyNames={familyNames} />;
}

function FollowUp({ period, familyNames }: { period: string; familyNames: FamilyNames }) {
  const { t } = useI18n();
  const query = usePayFollowUp(period);
  const location = useLocation();
  const loaded = query.data !== undefined;
  // Arriving from "Mijn werk" (…#opvolging): the section is far down the report.
  useEffect(() => {
    if (loaded && location.hash === `#${FOLLOW_UP_ANCHOR}`) document.getElementById(FOLLOW_UP_ANCHOR)?.scrollIntoView();
  }, [loaded, location.hash]);
  return (
    <section aria-labelledby="pay-follow-up-title" id={FOLLOW_UP_ANCHOR} className="wg-pay-follow-up">
      <h2 id="pay-follow-up-title">{t('ui.pay-follow-up.title')}</h2>
      <p className="wg-hint">{t('ui.pay-follow-up.intro')}</p>
      <QueryState query={query}>{(view) => <FollowUpBody view={view} familyNames={familyNames} />}</QueryState>
    </section>
  );
}

function FollowUpBody({ view, familyNames }: { view: FollowUpView; familyNames: FamilyNames }) {
  const i18n = useI18n();
  const { t } = i18n;
  const record = useRecordPayReport(view.period.id);
  if (view.recorded === null)
    return (
      <>
        <p>
          <strong>{t('ui.pay-follow-up.not-recorded')}</strong>
        </p>
        {view.abilities.record ? (
          <div className="wg-actions">
            <Button disabled={record.isPending} onClick={() => record.mutate()} aria-describedby="pay-record-hint">
              {t('ui.pay-follow-up.record')}
            </Button>
            <span id="pay-record-hint" className="wg-hint">
              {t('ui.pay-follow-up.record-hint')}
            </span>
          </div>
        ) : (
          <p>{t('ui.pay-follow-up.record-other')}</p>
        )}
        {record.error !== null && <ErrorMessage error={record.error} />}
        {view.categories.length === 0 ? (
          <p>{t('ui.pay-follow-up.none-flagged')}</p>
        ) : (
          <>
            <p>{t('ui.pay-follow-up.would-flag')}</p>
            <CategoryTable view={view} familyNames={familyNames} />
          </>
        )}
      </>
    );
  const recorded = view.recorded;
  return (
    <>
      <p>
        <strong>
          {t('ui.pay-follow-up.recorded', {
            date: i18n.date(recorded.reportDate),
            deadline: i18n.date(recorded.deadline),
          })}
        </strong>{' '}
        {t('ui.pay-follow-up.opens-on', { date: i18n.date(recorded.assessmentOpensOn) })}
      </p>
      {view.categories.length === 0 ? (
        <p>{t('ui.pay-follow-up.none-flagged')}</p>
      ) : (
        <>
          <CategoryTable view={view} familyNames={familyNames} />
          {view.categories.some((c) => c.mayRecord) && <EntryForm view={view} familyNames={familyNames} />}
        </>
      )}
    </>
  );
}

function CategoryTable({ view, familyNames }: { view: FollowUpView; familyNames: FamilyNames }) {
  const i18n = useI18n();
  const { t } = i18n;
  const recorded = view.recorded !== null;
  return (
    <TableWrap label={t('ui.pay-follow-up.table')}>
      <table className="wg-table" data-testid="pay-follow-up">
        <caption>{t('ui.pay-follow-up.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.pay-follow-up.col.scope')}</th>
            <th scope="col">{t('ui.pay-follow-up.col.category')}</th>
            <th scope="col">{t('ui.pay-follow-up.col.gap')}</th>
            {recorded && (
              <>
                <th scope="col">{t('ui.pay-follow-up.col.status')}</th>
                <th scope="col">{t('ui.pay-follow-up.col.entry')}</th>
                <th scope="col">{t('ui.pay-follow-up.col.deadline')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {view.categories.map((c) => (
            <tr key={c.key} data-category={c.key}>
              <td>{c.scopeName}</td>
              <th scope="row">{followUpCategoryLabel(i18n, familyNames, c)}</th>
              <td>{percent(i18n, c.figures.payMeanGap.annual)}</td>
              {recorded && (
                <>
                  <td className={`wg-pay-status wg-pay-status--${c.status}`}>
                    {t(`ui.pay-follow-up.status.${c.status}`)}
                  </td>
                  <td>
                    {c.entry === null
                      ? t('ui.pay-follow-up.entry.none')
                      : c.entry.kind === 'justification'
                        ? t('ui.pay-follow-up.entry.justification', { text: c.entry.text })
                        : t('ui.pay-follow-up.entry.remediation', {
                            date: i18n.date(c.entry.dueDate),
                            text: c.entry.text,
                          })}
                  </td>
                  <td>
                    {c.deadline === null && c.assessment === null ? '–' : payDeadlineText(i18n, c.deadline)}
                    {c.assessment !== null && (
                      <>
                        {c.assessment.closedOn !== null && (
                          <> {t('ui.pay-follow-up.file-closed', { date: i18n.date(c.assessment.closedOn) })}</>
                        )}{' '}
                        <Link to={`${PAY_ASSESSMENT_PATH}/${encodeURIComponent(c.assessment.id)}`}>
                          {t('ui.pay-follow-up.open-file')}
                        </Link>
                      </>
                    )}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

type Kind = 'justification' | 'remediation';

/** One form for every category the analyst may still record: pick the category, then the justification or the measures. */
function EntryForm({ view, familyNames }: { view: FollowUpView; familyNames: FamilyNames }) {
  const i18n = useI18n();
  const { t } = i18n;
  const open = view.categories.filter((c) => c.mayRecord);
  const [key, setKey] = useState(open[0]?.key ?? '');
  const chosen = open.find((c) => c.key === key) ?? open[0];
  const [kind, setKind] = useState<Kind>(chosen?.entry?.kind ?? 'justification');
  const [text, setText] = useState(chosen?.entry?.text ?? '');
  const [dueDate, setDueDate] = useState(chosen?.entry?.kind === 'remediation' ? chosen.entry.dueDate : '');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useRecordFollowUpEntry(view.period.id);
  if (chosen === undefined) return null;
  const errors = fieldErrorsOf(save.error);
  const choose = (next: string) => {
    const c = open.find((o) => o.key === next);
    setKey(next);
    setKind(c?.entry?.kind ?? 'justification');
    setText(c?.entry?.text ?? '');
    setDueDate(c?.entry?.kind === 'remediation' ? c.entry.dueDate : '');
    setSaved(null);
    save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const body =
      kind === 'justification' ? { category: chosen.key, kind, text } : { category: chosen.key, kind, text, dueDate };
    save.mutate(body, {
      onSuccess: () =>
        setSaved(
          t('ui.pay-follow-up.saved', {
            category: `${chosen.scopeName}, ${followUpCategoryLabel(i18n, familyNames, chosen)}`,
          }),
        ),
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="pay-entry-title" className="wg-pay-entry" noValidate>
      <h3 id="pay-entry-title">{t('ui.pay-follow-up.form.title')}</h3>
      {view.recorded !== null && (
        <p className="wg-hint">{t('ui.pay-follow-up.form.hint', { deadline: i18n.date(view.recorded.deadline) })}</p>
      )}
      <SelectField
        id="pay-entry-category"
        label={t('ui.pay-follow-up.form.category')}
        value={chosen.key}
        onChange={(e) => choose(e.target.value)}
        options={open.map((c) => ({
          value: c.key,
          label: `${c.scopeName}, ${followUpCategoryLabel(i18n, familyNames, c)}`,
        }))}
        error={errors.category}
      />
      <RadioGroup
        name="pay-entry-kind"
        legend={t('ui.pay-follow-up.kind')}
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        choices={[
          { value: 'justification', label: t('ui.pay-follow-up.kind.justification') },
          { value: 'remediation', label: t('ui.pay-follow-up.kind.remediation') },
        ]}
      />
      <TextArea
        id="pay-entry-text"
        label={t('ui.pay-follow-up.text')}
        hint={t('ui.pay-follow-up.text-hint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        error={errors.text}
      />
      {kind === 'remediation' && (
        <TextField
          id="pay-entry-due"
          type="date"
          label={t('ui.pay-follow-up.due-date')}
          hint={t('ui.pay-follow-up.due-hint')}
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          error={errors.dueDate}
        />
      )}
      <div className="wg-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('ui.pay-follow-up.save')}
        </Button>
      </div>
      {save.error !== null && <ErrorMessage error={save.error} />}
      {saved !== null && (
        <Alert tone="success" live>
          {saved}
        </Alert>
      )}
    </form>
  );
}

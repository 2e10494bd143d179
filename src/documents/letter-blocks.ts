import { type AnyLetterFacts, type AppealDecisionLetterFacts, isAppealDecision } from '../domain/letters/letter.js';
import { type Locale, format } from '../messages/index.js';
import type { DocumentBlocks } from './blocks.js';

const date = (locale: Locale, iso: string): string => {
  const at = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(at);
};

/**
 * The notification letter as document blocks (the same renderers as the FUBE document, so
 * Word and PDF say the same): the decision, class, date of effect, how and by when to appeal
 * (15 days from receipt), the reference.
 */
export function letterBlocks(locale: Locale, facts: AnyLetterFacts, generatedAt: string): DocumentBlocks {
  if (isAppealDecision(facts)) return appealDecisionBlocks(locale, facts, generatedAt);
  const t = (key: Parameters<typeof format>[1], params?: Record<string, string | number>) => (format as (l: Locale, k: string, p?: object) => string)(locale, key, params);
  const rows: [string, string][] = [
    [t('letter.field.reference'), facts.reference],
    [t('letter.field.function'), facts.title],
    ...(facts.familyName !== null ? [[t('letter.field.family'), facts.familyName] as [string, string]] : []),
    ...(facts.level !== null ? [[t('letter.field.level'), String(facts.level)] as [string, string]] : []),
    [t('letter.field.class'), String(facts.class)],
    [t('letter.field.effective'), date(locale, facts.effectiveFrom)],
    [t('letter.field.decided'), date(locale, facts.decidedOn)],
    [t('letter.field.notified'), date(locale, facts.notifiedOn)],
  ];
  return {
    title: t('letter.title.notification'),
    footer: t('letter.footer', { reference: facts.reference }),
    generatedAt,
    blocks: [
      { kind: 'title', text: t('letter.title.notification') },
      { kind: 'paragraph', text: t('letter.salutation', { name: facts.holderName }) },
      { kind: 'paragraph', text: t('letter.intro', { title: facts.title, entity: facts.entityName }) },
      { kind: 'heading', level: 1, text: t('letter.decision') },
      { kind: 'paragraph', text: t(facts.confirmed ? 'letter.decision.confirmed' : 'letter.decision.changed') },
      { kind: 'fields', rows },
      { kind: 'labelled', label: t('letter.motivation'), text: facts.motivation },
      { kind: 'heading', level: 1, text: t('letter.appeal') },
      { kind: 'paragraph', text: t('letter.appeal.text') },
      { kind: 'paragraph', text: t('letter.appeal.how', { entity: facts.entityName, reference: facts.reference }) },
      { kind: 'paragraph', text: t('letter.receipt'), note: true },
    ],
  };
}

/**
 * The appeal committee's decision letter to one appellant (decision 0034): the outcome and its
 * motivation, what was contested, the family and class that stand, the date they take effect.
 */
function appealDecisionBlocks(locale: Locale, facts: AppealDecisionLetterFacts, generatedAt: string): DocumentBlocks {
  const t = (key: Parameters<typeof format>[1], params?: Record<string, string | number>) => (format as (l: Locale, k: string, p?: object) => string)(locale, key, params);
  const contested: [string, string][] =
    facts.contested === null
      ? []
      : [
          ...(facts.contested.familyName !== null ? [[t('letter.field.contested-family'), facts.contested.familyName] as [string, string]] : []),
          [t('letter.field.contested-class'), String(facts.contested.class)],
        ];
  const rows: [string, string][] = [
    [t('letter.field.reference'), facts.reference],
    [t('letter.field.function'), facts.title],
    [t('letter.field.outcome'), t(`letter.outcome.${facts.outcome}`)],
    [t('letter.field.appeal-received'), date(locale, facts.appealReceivedOn)],
    ...(facts.hearingOn !== null ? [[t('letter.field.hearing'), date(locale, facts.hearingOn)] as [string, string]] : []),
    [t('letter.field.decided'), date(locale, facts.decidedOn)],
    ...contested,
    ...(facts.familyName !== null ? [[t('letter.field.family'), facts.familyName] as [string, string]] : []),
    ...(facts.level !== null ? [[t('letter.field.level'), String(facts.level)] as [string, string]] : []),
    [t('letter.field.class'), String(facts.class)],
    [t('letter.field.effective'), date(locale, facts.effectiveFrom)],
  ];
  return {
    title: t('letter.title.appeal-decision'),
    footer: t('letter.footer', { reference: facts.reference }),
    generatedAt,
    blocks: [
      { kind: 'title', text: t('letter.title.appeal-decision') },
      { kind: 'paragraph', text: t('letter.salutation', { name: facts.holderName }) },
      { kind: 'paragraph', text: t('letter.appeal-decision.intro', { title: facts.title, entity: facts.entityName, received: date(locale, facts.appealReceivedOn) }) },
      { kind: 'heading', level: 1, text: t('letter.decision') },
      { kind: 'paragraph', text: t(`letter.appeal-decision.${facts.outcome}`) },
      { kind: 'fields', rows },
      { kind: 'labelled', label: t('letter.motivation'), text: facts.motivation },
      { kind: 'paragraph', text: t('letter.appeal-decision.final'), note: true },
    ],
  };
}

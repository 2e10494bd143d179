import type { Translation } from '../domain/messages/translation.js';
import type { legacyWebNl } from './legacy-nl.js';

/** English texts of old function descriptions in the web app; nl: legacy-nl.ts. */
export const legacyWebEn: Translation<typeof legacyWebNl> = {
  'legacy.suggestion.none': 'FUBE {id} was not made from an old function description and has no suggestion.',
  'legacy.suggestion.other-family':
    'the suggestion belongs to the family {family}; the FUBE now stands in another family',
  'legacy.suggestion.criterion-unknown': "the suggestion has no value for criterion '{criterion}'",
  'ui.legacy.title': 'Read old function descriptions',
  'ui.legacy.link': 'Read old function descriptions',
  'ui.legacy.intro':
    'Choose one or more old function descriptions (Word .docx, text .txt or PDF, each at most 10 MB). Weegschaal makes a draft of each file with a suggestion: the family, the result areas and per criterion a value with the sentences of the old text that support it. The suggestion is never a decision: you weigh every draft yourself.',
  'ui.legacy.files': 'Files',
  'ui.legacy.files-hint': '.docx, .txt or .pdf; several at once is fine',
  'ui.legacy.files-missing': 'Choose at least one file',
  'ui.legacy.family': 'Function family',
  'ui.legacy.family-suggest': 'Let it be suggested',
  'ui.legacy.submit': 'Read as drafts',
  'ui.legacy.busy': 'Reading {file} ({n} of {total})…',
  'ui.legacy.results': 'Result',
  'ui.legacy.results-caption': 'Result per file',
  'ui.legacy.col.file': 'File',
  'ui.legacy.col.result': 'Result',
  'ui.legacy.created': 'Draft made: {title}',
  'ui.legacy.failed': 'No draft: {reason}',
  'ui.legacy.summary': '{created} draft(s) made, {failed} file(s) not read.',
  'ui.legacy.forbidden':
    'Only those who may start function descriptions (HR, managers, the administrator) can read old function descriptions.',
  'ui.suggestion.title': 'Suggestion from the old description',
  'ui.suggestion.intro':
    'This draft was made from {file} ({date}). Per criterion the suggested value, how certain the suggestion is and the sentences of the old text that support it. The suggestion is not a decision.',
  'ui.suggestion.col.criterion': 'Criterion',
  'ui.suggestion.col.value': 'Suggestion',
  'ui.suggestion.col.confidence': 'Confidence',
  'ui.suggestion.col.evidence': 'Supporting sentences (score)',
  'ui.suggestion.value': 'value {value}',
  'ui.suggestion.taken': 'is in the weighing',
  'ui.suggestion.no-evidence': 'no sentence found',
  'ui.suggestion.level-only': 'says something about the level only',
  'ui.suggestion.accept': 'Take the suggestion into the weighing',
  'ui.suggestion.accept-hint':
    'The values go into the weighing; review them, change where needed and then decide the class as usual.',
  'ui.suggestion.all-taken': 'Every suggested value is in the weighing.',
  'ui.suggestion.details': 'Suggested values and supporting sentences',
  'ui.suggestion.unsaved': 'Save your changes first; then you can take the suggestion.',
  'ui.suggestion.accepted':
    'The suggestion is in the weighing (revision {revision}). Review every value; you decide the class in the Class decision step.',
  'ui.suggestion.other-family':
    'This suggestion belongs to the family {family}; the FUBE now stands in another family and the suggestion cannot be taken.',
} as const;

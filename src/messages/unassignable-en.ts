import type { Translation } from '../domain/messages/translation.js';
import type { unassignableAppNl } from './unassignable-nl.js';

export const unassignableAppEn: Translation<typeof unassignableAppNl> = {
  'ui.decision.unassignable': 'Unassignable function: the class comes from the separate method',
  'ui.unassignable.motivation': 'Motivation of the class',
  'ui.unassignable.class-hint': 'A function class of the Flemish government ({min} to {max}).',
  'ui.unassignable.current': 'Unassignable function: function class {class} according to {method}. Motivation: {motivation}',
  'ui.unassignable.profile': 'An unassignable function has no level, class or competencies of the family; its class comes from the separate method.',
};

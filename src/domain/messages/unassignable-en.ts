import type { Translation } from './translation.js';
import type { unassignableNl } from './unassignable-nl.js';

export const unassignableEn: Translation<typeof unassignableNl> = {
  'fube.unassignable-method-missing': 'an unassignable function names the separate method it was weighed with',
  'fube.unassignable-motivation-missing': 'an unassignable function needs a motivation of the class from the separate method',
  'fube.unassignable-class-out-of-range': 'function class {class} does not exist in the Flemish government ({min} to {max})',
};

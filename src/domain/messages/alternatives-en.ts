import type { alternativesNl } from './alternatives-nl.js';
import type { Translation } from './translation.js';

export const alternativesEn: Translation<typeof alternativesNl> = {
  'fube.alternative-not-chosen': "value {value} of '{criterion}' has alternatives (OR): choose which alternative (or which ones) applies to this function",
  'fube.alternative-without-value': "no value is chosen for '{criterion}' yet: there is no alternative to choose",
  'fube.value-without-alternatives': "value {value} of '{criterion}' has no alternatives (OR) to choose from",
  'fube.alternative-none-chosen': "choose at least one alternative of value {value} of '{criterion}'",
  'fube.alternative-unknown': "alternative {alternative} does not exist for value {value} of '{criterion}' (1 to {max})",
  'fube.alternative-duplicate': 'alternative {alternative} is chosen twice',
  'ui.alternatives.title': 'Alternatives (OR) that apply to this function',
  'ui.alternatives.intro': 'Value {value} of {criterion} describes alternatives. Choose which alternative (or which ones) applies to this function; only that text goes into the FUBE.',
  'ui.alternatives.save': 'Save the choice',
  'ui.alternatives.not-chosen': 'Not chosen yet',
  'ui.alternatives.choose-in-weighing': 'This value has alternatives (OR): choose in the Weighing step which one applies; the title, description and goal then follow the chosen text.',
  'ui.alternatives.chosen': 'Chosen: {texts}',
};

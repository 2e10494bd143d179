import type { nl } from './nl.js';
import type { Translation } from './translation.js';

/** English texts; the type makes a missing or extra key a compile error. */
export const en: Translation<typeof nl> = {
  'weighing.values-not-object':
    'the weighing must be an object giving, per criterion, the number of the chosen value',
  'weighing.missing-value': "no value chosen for criterion '{name}' ({id})",
  'weighing.unknown-criterion': "'{id}' is not a criterion of the family '{family}'",
  'weighing.value-out-of-range':
    "value {value} does not exist for criterion '{name}' ({id}); choose a whole number from 1 to {max}",
  'weighing.unknown-rule': "unknown weighing rule '{rule}'; available: {known}",

  'explain.suggestion.one-class':
    'Suggestion: family level {level} of the family {family}, function class {class}.',
  'explain.suggestion.two-classes':
    'Suggestion: family level {level} of the family {family} (function classes {classes}), function class {class}.',
  'explain.how':
    'Each chosen value describes one or more levels. The suggested level is the level the chosen values lie closest to together: half of the values lie no higher, the other half no lower.',
  'explain.class.higher':
    'This level has two function classes. {above|# criterion lies|# criteria lie} above level {level} and {below} below it. Because more lie above, the higher class applies: {class}.',
  'explain.class.lower':
    'This level has two function classes. {above|# criterion lies|# criteria lie} above level {level} and {below} below it. Because no more lie above, the lower class applies: {class}.',
  'explain.criteria.title': 'Per criterion:',
  'explain.criterion': '- {criterion}: value {value} ("{text}"), {covers}; that is {position}.',
  'explain.criterion.without-text': '- {criterion}: value {value}, {covers}; that is {position}.',
  'explain.covers.one': 'belongs to level {level} (function class {classes})',
  'explain.covers.range': 'belongs to levels {from} to {to} (function classes {classes})',
  'explain.position.on': 'on the suggested level',
  'explain.position.above': 'above the suggested level',
  'explain.position.below': 'below the suggested level',
  'explain.flags.title': 'Points of attention:',
  'explain.flags.none': 'No points of attention.',
  'explain.flag.spread':
    '- Wide spread: {criteria} {count|lies|lie} two or more levels away from the suggested level. Check whether the chosen {count|value really fits|values really fit} the function.',
  'explain.flag.tie':
    '- Tie: levels {levels} are equally close to the chosen values. The rule then takes the lowest level. {count|This criterion reaches|These criteria reach} above level {level}: {criteria}.',
  'explain.flag.borderline':
    '- Borderline: as many criteria lie above as below level {level} ({count} each). The rule then takes the lower class; consider whether the higher class fits better. This concerns {criteria}.',
  'explain.flag.reconstructed-span':
    '- To check against the original: for {criteria} it is not certain which levels the chosen value covers (the source document\'s table was reconstructed).',
  'explain.flag.rg-required':
    '- Result area needed: the function description must contain an extra result area for {criterion}, value {value} ("{text}").',
  'explain.list.and': '{first} and {last}',
  'explain.ellipsis': '…',

  'profile.unknown-class':
    "function class {class} does not belong to the family '{family}'; the family has the function classes {classes}",
  'profile.missing-expertise': "the family '{family}' describes no professional expertise for level {level}",
  'profile.missing-competency-level':
    "competency '{competency}' requires level {level} for function class {class}, but that level is not described",
};

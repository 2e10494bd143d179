import type { Translation } from '../domain/messages/translation.js';
import type { tiesAppNl } from './ties-nl.js';

export const tiesAppEn: Translation<typeof tiesAppNl> = {
  'problem.tie-refused': 'The tie cannot be decided like this',
  'ui.action.decide-tie': 'Tie decided',
  'ui.tie.title': 'Tie: a person decides',
  'ui.tie.intro':
    'Levels {levels} are equally close to the chosen values. The rule suggests the lowest level, but before the proposal HR chooses one of these levels, with a motivation.',
  'ui.tie.level': 'Level {level}',
  'ui.tie.classes': 'function class {classes}',
  'ui.tie.class-here': 'The weighing gives function class {class} here.',
  'ui.tie.lower': "the rule's suggestion (lowest level)",
  'ui.tie.separates': 'What separates the levels: {count|this criterion reaches|these criteria reach} above level {level}:',
  'ui.tie.criterion': '{criterion}: value {value} (levels {from}–{to})',
  'ui.tie.criterion.one': '{criterion}: value {value} (level {level})',
  'ui.tie.chosen': 'chosen by HR',
  'ui.tie.on-level': 'Above this level: {above|no criterion|# criterion|# criteria}; below it: {below|no criterion|# criterion|# criteria}.',
  'ui.tie.choose': 'Which level do you choose?',
  'ui.tie.choose-level': 'Level {level} (function class {class})',
  'ui.tie.motivation': 'Motivation of the choice',
  'ui.tie.motivation-hint': 'Why does this level fit better? The motivation goes into the history and the catalogue.',
  'ui.tie.submit': 'Save the choice',
  'ui.tie.decided': 'Decided on {date}: level {level} (function class {class}), chosen {up|up|down}. Motivation: {motivation}',
  'ui.tie.open': 'Not decided yet: the proposal to the holders waits for this choice.',
  'ui.tie.unsaved': 'Save the changes of the FUBE first; the choice applies to the saved weighing.',
};

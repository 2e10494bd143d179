import type { Translation } from './translation.js';
import type { tiesNl } from './ties-nl.js';

export const tiesEn: Translation<typeof tiesNl> = {
  'fube.tie-undecided':
    'levels {levels} are equally close to the chosen values (a tie); HR chooses one with a motivation before the proposal',
  'fube.tie-none': 'this weighing has no tie: there is nothing to decide',
  'fube.tie-level-not-tied': 'level {level} is not one of the tied levels ({levels})',
  'fube.tie-motivation-missing': 'give a motivation for the choice between the tied levels',
  'access.action.fube.decide-tie': 'decide a tie',
  'fube.tie.direction.up': 'up',
  'fube.tie.direction.down': 'down',
};

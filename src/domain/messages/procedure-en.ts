import type { procedureNl } from './procedure-nl.js';
import type { Translation } from './translation.js';

export const procedureEn: Translation<typeof procedureNl> = {
  'access.denial.isNamedManager': 'you are not the manager this FUBE names',
  'workflow.action.answer-remark': 'Answer a remark',
  'access.action.fube.answer-remark': "answer holders' remarks",
  'access.action.fube.read-remarks': 'read the remarks and talk requests of all holders',
  'workflow.nothing-to-answer': 'no holder made a remark or asked for a talk',
  'workflow.no-thread': "the holder '{id}' made no remark and asked for no talk: there is nothing to answer",
  'workflow.talk-in-future': 'a talk cannot be recorded on {date}: that date lies in the future',
  'workflow.talk-before-proposal': 'a talk about this proposal cannot have been held before the proposal of {date}',
  'workflow.talk-open': "the holder '{holder}' asked for a talk that has not been held yet: validation must wait for it",
  'not-found.thread': "the FUBE '{id}' has no conversation with a holder that you may read",
  'ui.action.answer-remark': 'Answer',
  'ui.thread.title': 'Remarks and talks',
  'ui.thread.none': 'No remarks or talk requests yet.',
  'ui.thread.of': 'Holder {name}',
  'ui.thread.remark': 'Remark by {name}',
  'ui.thread.request-talk': '{name} asks for a talk',
  'ui.thread.answer-remark': 'Answer by {name}',
  'ui.thread.record-talk': 'Talk held on {date}, recorded by {name}',
  'ui.thread.open': 'awaiting an answer',
  'ui.thread.talk-open': 'talk still to be held',
  'ui.thread.answer': 'Your answer',
  'ui.thread.held-on': 'Date of the talk',
};

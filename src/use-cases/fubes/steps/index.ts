import type { FubeView, Step } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { answerRemark } from './answer-remark.js';
import { decideAppeal } from './decide-appeal.js';
import { finalizeFube } from './finalize-fube.js';
import { notifyHolders } from './notify-holders.js';
import { proposeFube } from './propose-fube.js';
import { recordTalk } from './record-talk.js';
import { requestTalk } from './request-talk.js';
import { reviseFube } from './revise-fube.js';
import type { StepOptions } from './run-step.js';
import { validateFube } from './validate-fube.js';
import { withdrawProposal } from './withdraw-proposal.js';

/** A step as a client asks for it (`POST /transitions`), to the use case of that step. */
export function takeStepRequest(deps: UseCaseDeps, ctx: UseCaseContext, id: string, baseRevision: number, step: Step, options?: StepOptions): Promise<FubeView> {
  const base = { id, baseRevision };
  switch (step.type) {
    case 'propose':
      return proposeFube(deps, ctx, base, options);
    case 'withdraw-proposal':
      return withdrawProposal(deps, ctx, { ...base, motivation: step.motivation }, options);
    case 'request-talk':
      return requestTalk(deps, ctx, { ...base, note: step.note }, options);
    case 'record-talk':
      return recordTalk(deps, ctx, { ...base, holderId: step.holderId, note: step.note, heldOn: step.heldOn }, options);
    case 'answer-remark':
      return answerRemark(deps, ctx, { ...base, holderId: step.holderId, text: step.text }, options);
    case 'validate':
      return validateFube(deps, ctx, { ...base, committee: step.committee, advice: step.advice, decision: step.decision }, options);
    case 'notify':
      return notifyHolders(deps, ctx, base, options);
    case 'decide-appeal': {
      const { type: _type, appealId, ...decision } = step;
      return decideAppeal(deps, ctx, { id, baseRevision, appealId, decision }, options);
    }
    case 'finalize':
      return finalizeFube(deps, ctx, base, options);
    case 'revise':
      return reviseFube(deps, ctx, { ...base, reason: step.reason }, options);
  }
}

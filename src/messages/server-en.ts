import type { serverNl } from './server-nl.js';
import type { Translation } from '../domain/messages/translation.js';

/** English texts of the HTTP API; the type makes a missing or extra key a compile error. */
export const serverEn: Translation<typeof serverNl> = {
  'problem.not-found': 'Not found',
  'problem.conflict': 'Changed in the meantime',
  'problem.unauthorized': 'Not signed in',
  'problem.forbidden': 'Not allowed',
  'problem.domain': 'The data do not meet the rules',
  'problem.bad-request': 'Invalid request',
  'problem.internal': 'Internal error',
  'problem.not-available': 'Not available',
  'problem.login-failed': 'Sign-in failed',
  'problem.too-many-attempts': 'Too many failed sign-in attempts',
  'problem.too-many-tries': 'Too many failed attempts',
  'problem.not-editable': 'Not editable',
  'problem.version-exists': 'Version already exists',
  'problem.cross-site': 'Request from another site refused',
  'problem.weighing-invalid': 'The weighing is incomplete or invalid',
  'problem.change-invalid': 'The change is invalid',
  'problem.step-refused': 'This step is not possible now',
  'problem.document-refused': 'The document cannot be produced',
  'problem.family-file-invalid': 'The family file contains errors',
  'problem.catalogue-invalid': 'This is not a valid catalogue',
  'problem.unknown-class': 'Unknown function class',

  'problem.detail.internal': 'something went wrong on the server; the error has been logged',
  'problem.detail.unauthorized': 'sign in to continue',
  'problem.detail.stale':
    'the change is based on revision {base}, but the current revision is {current}: reload the FUBE',
  'family.version-exists': 'version {version} already exists',
  'revision.stale': 'expected revision {current}',
  'problem.detail.request-part': '{part} of the request: {errors}',
  'problem.part.body': 'the body',
  'problem.part.querystring': 'the query parameters',
  'problem.part.params': 'the path',
  'problem.part.headers': 'the headers',
  'problem.detail.media-type': 'this content type is not supported',
  'problem.detail.empty-json': 'the JSON body is empty',
  'problem.detail.too-large': 'the body is too large',
  'problem.detail.invalid-json': 'invalid JSON: {detail}',
  'problem.detail.invalid': 'invalid',
  'problem.detail.route-not-found': '{method} {path} does not exist',
  'problem.detail.too-many-attempts':
    'too many failed attempts {by|for this user|from this address}; try again in {minutes} minutes',
  'problem.detail.not-editable':
    'the content can only be changed in draft (now: {status}); withdraw the proposal or start a new revision',
  'problem.detail.version-exists':
    "family '{id}' version {version} already exists ({published|published|draft}); increase 'version'",
  'problem.detail.login-failed': 'user name or password is wrong',
  'problem.detail.too-many-passwords': 'too many wrong passwords; try again later',
  'password.wrong': 'the current password is wrong',
  'fube.not-editable': 'only a draft can be changed',
  'problem.detail.no-catalogue': 'this installation cannot exchange catalogues',
  'problem.detail.catalogue-admin-only': 'only an administrator can import a catalogue',

  'not-found.fube': "FUBE '{id}' does not exist",
  'not-found.fube-revision': "FUBE '{id}' has no revision {revision}",
  'not-found.appeal': "FUBE '{id}' has no pending appeal '{appeal}'",
  'not-found.family': "family '{id}' does not exist",
  'not-found.family-version': "family '{id}' version {version} does not exist",
  'not-found.family-published': "no published family '{id}'",
} as const;

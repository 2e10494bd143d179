import type { I18n } from '../i18n/i18n.js';

/**
 * Who did something, for people: the account's name the server sent, or what kind of actor it
 * was (the system, the command line, an anonymous visitor); never an id. The ids the history
 * records for these are `system`, `cli:<user>` and `anoniem`.
 */
export function actorLabel(i18n: Pick<I18n, 't'>, actorId: string, actorName: string | null | undefined): string {
  if (actorName !== null && actorName !== undefined && actorName.trim() !== '') return actorName;
  if (actorId === 'system' || actorId === 'systeem') return i18n.t('ui.actor.system');
  if (actorId === 'anoniem' || actorId === 'anonymous') return i18n.t('ui.actor.anonymous');
  const cli = /^cli:(.+)$/.exec(actorId);
  if (cli !== null) return i18n.t('ui.actor.cli', { user: cli[1]! });
  return i18n.t('ui.actor.unknown');
}

/** A person by the name a page knows, or "an unknown person" (never the id). */
export function personName(i18n: Pick<I18n, 't'>, name: string | null | undefined): string {
  return name !== null && name !== undefined && name.trim() !== '' ? name : i18n.t('ui.person.unknown');
}

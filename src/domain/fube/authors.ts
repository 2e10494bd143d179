/**
 * Who wrote a FUBE and who weighed it, from its revisions (oldest first): every author of a
 * revision wrote it; the author of a revision whose weighing values differ from the revision
 * before weighed it. The four-eyes rule (DOMAIN.md §5) keeps both off its validation.
 */
export function authorsOf(revisions: readonly { authorId: string | null; weighingValues: Readonly<Record<string, number>> | null }[]): {
  writerIds: string[];
  weigherIds: string[];
} {
  const writerIds = new Set<string>();
  const weigherIds = new Set<string>();
  let before = 'null';
  for (const revision of revisions) {
    const values = JSON.stringify(revision.weighingValues ?? null);
    if (revision.authorId !== null) {
      writerIds.add(revision.authorId);
      if (values !== before) weigherIds.add(revision.authorId);
    }
    before = values;
  }
  return { writerIds: [...writerIds], weigherIds: [...weigherIds] };
}

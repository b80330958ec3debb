import { ballotRecordFromEntry, type BallotEntryLike } from '../validation/ballot-entry';

/**
 * What a ballot says, as one string: two entries of the same paper compare equal whatever the
 * order of the names, whoever typed them and when. The team is compared on its own.
 */
export function ballotContentKey(entry: BallotEntryLike): string {
  const { choice, count, ruling } = ballotRecordFromEntry(entry);
  const content = choice.kind === 'kept' || choice.kind === 'struck' ? [...choice.ids].sort() : choice.kind === 'marks' ? Object.keys(choice.marks).sort().map((id) => [id, choice.marks[id]]) : null;
  return JSON.stringify([choice.kind, content, count, ruling, entry.note || null]);
}

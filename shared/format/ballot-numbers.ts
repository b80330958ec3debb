/** A ballot's numbers as the screens, the audit log and the exports write them: "37", or "61–70" for a stack. */
export function ballotNumbers(ballot: { number: number; lastNumber?: number | undefined }): string {
  const last = ballot.lastNumber ?? ballot.number;
  return last > ballot.number ? `${ballot.number}–${last}` : String(ballot.number);
}

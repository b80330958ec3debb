/**
 * Migration 8: a person's words on a scanned image they decided: why it was set aside, or their
 * note on the ballot they confirmed. Kept with the image (and in the congress file's `scans`), not
 * only in the audit log, so that a file saved and opened again still says why.
 */
export const SCAN_NOTES_MIGRATION = {
  version: 8,
  name: 'the reason a person gave for a scanned image',
  sql: `ALTER TABLE scans ADD COLUMN note TEXT;`,
} as const;

/**
 * Migration 9 (issue 17, item 2): the same paper scanned twice. Each scan keeps the marks the
 * reader found (`descriptor`, shared/scan/same-paper.ts; taken from the reading already kept for
 * the scans made before), the earlier scan of the election it looks the same as (`same_as`: it
 * waited for a person) and what a person said of it (`same_paper`: the same paper, or another).
 */
export const SAME_PAPER_MIGRATION = {
  version: 9,
  name: 'the same paper scanned twice',
  sql: `
ALTER TABLE scans ADD COLUMN descriptor TEXT;
ALTER TABLE scans ADD COLUMN same_as INTEGER REFERENCES scans(id);
ALTER TABLE scans ADD COLUMN same_paper TEXT CHECK (same_paper IS NULL OR same_paper IN ('same','another'));
UPDATE scans SET descriptor = json_extract(reading, '$.reading.marksDescriptor') WHERE json_valid(reading);
`,
} as const;

/** Whether the audit log's hash chain is whole, and if not, where it first breaks. */
export type ChainVerdict = { intact: true; events: number } | { intact: false; events: number; brokenAt: number; reason: string };

export const ROOT: string;
export const BUILDS: Record<'cli' | 'web' | 'electron' | 'renderer', { dir: string; make(out: string): Promise<string[]> }>;
/** Whether the build exists and every file it was made from is as it was then. */
export function isUpToDate(name: keyof typeof BUILDS): boolean;
export function build(name: keyof typeof BUILDS): Promise<void>;
/** Builds what is missing or older than its sources; returns the names built. */
export function ensureBuilt(names: (keyof typeof BUILDS)[], say?: (name: string) => void): Promise<string[]>;

/** N processes that keep a core busy each (all cores by default); returns a function that stops them. */
export function startCpuLoad(processes?: number): () => void;

/**
 * Fails when a piece of work has not finished after `seconds`: a bound on a hang, set far above
 * what the work needs on a slow, busy machine. It says nothing about speed (the bench measures
 * that); it only stops a test from waiting forever on an endless loop.
 */
export async function withinHangBound<T>(work: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still running after ${seconds} s (a hang)`)), seconds * 1000);
  });
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

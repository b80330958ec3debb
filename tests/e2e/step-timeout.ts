/**
 * The longest one step of an end-to-end test may take (an action, a navigation, a resize), far
 * above what any step needs on a busy machine, far below the test's own bound: a hang fails in
 * under a minute with the step named, not after ten (issue 19, item 7).
 */
export const STEP_TIMEOUT = 45_000;

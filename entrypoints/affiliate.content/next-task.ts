/** Resolves in a new task (not a microtask), so work before and after it never adds up to one long task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

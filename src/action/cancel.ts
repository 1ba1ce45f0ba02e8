/**
 * On cancellation the runner sends SIGINT, then SIGTERM 7.5 s later (`_sigintTimeout`,
 * actions/runner `src/Runner.Sdk/ProcessInvoker.cs`). Either aborts the returned signal: the
 * command running then (`kind create`, say) is stopped and waited for, so nothing keeps building a
 * cluster after main has ended, and main then fails saying why.
 */
export function cancelOnSignal(): AbortSignal {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.on(name, () => controller.abort(name));
  }
  return controller.signal;
}

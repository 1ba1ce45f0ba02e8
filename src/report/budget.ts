/**
 * GitHub drops a step summary over 1 MiB whole (actions/runner
 * `src/Runner.Worker/FileCommandManager.cs`): the page must fit. The default leaves room for what
 * post adds around it (the artifact link, per-node lines).
 */
export const DEFAULT_BUDGET = 1024 * 1024 - 64 * 1024;

/** Rows per table at each step; the last step keeps headings, counts and notes only. */
export const ROW_STEPS = [100, 50, 20, 10, 5, 0] as const;

/**
 * The largest rendering that fits `budget` bytes (UTF-8): tables are cut step by step, each cut
 * saying so. Should even the last step not fit, the page is cut at a line with a note.
 */
export function fitToBudget(render: (rowLimit: number) => string, budget: number): string {
  let page = '';
  for (const limit of ROW_STEPS) {
    page = render(limit);
    if (Buffer.byteLength(page) <= budget) return page;
  }
  const note = '\n\n_The summary was cut here to fit the page; summary.json holds all of it._\n';
  const room = Math.max(0, budget - Buffer.byteLength(note));
  let cut = Buffer.from(page).subarray(0, room).toString('utf8');
  // A partial character decodes as U+FFFD, which can be 3 bytes where 1 was cut: trim it off.
  cut = cut.replace(/\uFFFD+$/, '');
  const lastLine = cut.lastIndexOf('\n');
  return `${lastLine > 0 ? cut.slice(0, lastLine) : ''}${note}`;
}

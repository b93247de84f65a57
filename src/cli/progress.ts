import type { CliIo } from './io.js';

/** A run shows progress once it has taken this long. */
const DELAY_MS = 2000;

/** A step this large is announced at once: it will take a while on any machine. */
export const LARGE_STEP_FILES = 1000;

/** At most one redraw in this long, so progress costs nothing measurable. */
const REDRAW_MS = 100;

/** Progress of a run, shown on one line of stderr that each update redraws. */
export interface Progress {
  /** Shows `text` (when progress is on, and the run has taken a while or `now` is set). */
  update(text: string, now?: boolean): void;
  /** Removes the progress line, so a notice or the report starts on a clean line. */
  clear(): void;
}

/**
 * Progress on stderr for runs that take more than a few seconds, only where a person watches:
 * stderr is a terminal and `CI` is not set (CI logs keep every redraw as a line of their own).
 * Updates come between steps (files read, clusters linted), never from a timer.
 *
 * @example
 * ```ts
 * const progress = progressOn(io);
 * progress.update(`linting ${group.name} (cluster 2 of 9)`);
 * progress.clear();
 * ```
 */
export function progressOn(io: CliIo, clock: () => number = () => performance.now()): Progress {
  const enabled = io.stderrIsTTY === true && !io.env['CI'];
  const start = clock();
  let shown = false;
  let drawn = -Infinity;
  return {
    update(text, now = false) {
      if (!enabled) return;
      const t = clock();
      if ((!now && t - start < DELAY_MS) || (!now && t - drawn < REDRAW_MS)) return;
      drawn = t;
      shown = true;
      io.stderr(`\r\x1b[Kkafka-lint: ${text}`);
    },
    clear() {
      if (!shown) return;
      shown = false;
      io.stderr('\r\x1b[K');
    },
  };
}

/**
 * Temporary files of a write in progress, removed when the process is interrupted (Ctrl-C =
 * SIGINT, SIGTERM, SIGHUP when the terminal closes) as well as on failure, so an interrupted
 * `crm` leaves no half-written file behind.
 */
import * as fs from "fs";
import * as path from "path";

const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
/** Exit codes of a process ended by a signal (128 + its number), as shells report them. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function onSignal(signal: NodeJS.Signals): void {
  removeAllNow();
  process.stderr.write(`\ncrm: interrupted (${signal}): nothing was written\n`);
  process.exit(SIGNAL_EXIT[signal] ?? 1);
}

/** Deletes every registered temporary file, synchronously (safe inside a signal handler). */
export function removeAllNow(): void {
  for (const f of pending) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // already gone, or the folder went away: nothing left to clean
    }
  }
  pending.clear();
}

/** Registers `file` for removal on interrupt; the first registration installs the handlers. */
export function trackTemp(file: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(file);
}

/** Forgets `file` (renamed into place or deleted); the last one uninstalls the handlers. */
export function untrackTemp(file: string): void {
  pending.delete(file);
  if (pending.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

/** A temporary path next to `file` (same folder, so the final rename is atomic). */
export function tempPathFor(file: string): string {
  return path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`
  );
}

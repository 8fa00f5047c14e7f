/**
 * Property tests must fail, not hang: fast-check stops a check (including its shrinking) after
 * this long and reports the interruption as a failure.
 */
import fc from "fast-check";

fc.configureGlobal({ interruptAfterTimeLimit: 45_000, markInterruptAsFailure: true });

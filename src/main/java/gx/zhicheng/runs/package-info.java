/**
 * The run ledger: one row per sync, re-sync or re-check run with its counts (pulled, parked, reviewed by
 * outcome, pushed, failed), written by each step of the flow, and the flow's Micrometer counters. It sits
 * below the steps so that every step can count into it; it knows outcomes only by their codes.
 *
 * <p>Owns the table {@code sync_run} (docs/tables.md).
 */
@ApplicationModule(allowedDependencies = "system")
package gx.zhicheng.runs;

import org.springframework.modulith.ApplicationModule;

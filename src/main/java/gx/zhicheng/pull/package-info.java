/**
 * Pull, the first step of the flow: declarations from the provincial platform (routes/pull-declarations.camel.yaml).
 * Walks the listing page by page from a persisted watermark, keeps the highest version of each declaration,
 * parks one that does not validate against the contract with its reason, and queues the rest for review.
 * Also the fetch of one declaration (re-sync, refresh after a 409).
 *
 * <p>Owns the tables {@code parked_declaration}, {@code unreadable_page} and {@code sync_watermark} (docs/tables.md); the
 * declarations it stores go into review's table through {@link gx.zhicheng.review.ReviewQueue}.
 */
@ApplicationModule(allowedDependencies = {"system", "remote", "runs", "rules", "review", "flow"})
package gx.zhicheng.pull;

import org.springframework.modulith.ApplicationModule;

/**
 * Step 1 of the flow: pull declarations from the provincial platform (routes/pull-declarations.camel.yaml).
 * Walks the listing page by page from a persisted watermark, keeps the highest version of each declaration,
 * parks one that does not validate against the contract with its reason, and queues the rest for review.
 * Also the platform's OAuth2 token and the fetch of one declaration (re-sync, refresh after a 409).
 */
@ApplicationModule(allowedDependencies = {"system", "flow", "runs", "review"})
package gx.zhicheng.pull;

import org.springframework.modulith.ApplicationModule;

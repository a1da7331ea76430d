/**
 * Every call to a remote system (the provincial platform, the social-security and continuing-education feeds) goes
 * through here: the request as the routes build it ({@link gx.zhicheng.remote.RemoteRequest}), the platform's OAuth2
 * token, the feeds' request signature, the classification of a failure as transient or permanent
 * ({@link gx.zhicheng.remote.RemoteFailures}), the circuit breaker around each call
 * ({@link gx.zhicheng.remote.BreakerPolicy}) and its health, and what must be refreshed before an attempt is retried
 * ({@link gx.zhicheng.remote.RemoteRedelivery}). How often and how long is retried is said once, in
 * routes/remote-call-errors.camel.yaml; the routes of routes/platform-api.camel.yaml and feeds-api.camel.yaml make
 * the calls.
 */
@ApplicationModule(allowedDependencies = {"system", "flow"})
package gx.zhicheng.remote;

import org.springframework.modulith.ApplicationModule;

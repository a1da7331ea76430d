/**
 * The HTTP door of the adapter: who may call which path of the operator API, the console, the documents and the
 * actuator ({@link gx.zhicheng.web.SecurityConfig}, which names every path), the offices a user may see
 * ({@link gx.zhicheng.web.OfficeScope}, a controller argument the queries limit their SQL by), the login throttle,
 * CSRF and cross-site refusal, the request-size limit, and the problem-detail answers (RFC 9457) for what goes wrong
 * before or outside a controller. Its settings are {@code zhicheng.security.*} and {@code zhicheng.web.*}.
 */
@ApplicationModule(allowedDependencies = {"system"})
package gx.zhicheng.web;

import org.springframework.modulith.ApplicationModule;

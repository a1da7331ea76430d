/**
 * The contract between the routes of routes/ and the Java beans they call: {@link gx.zhicheng.flow.FlowKeys} names
 * every exchange property a route sets or reads and a bean reads or sets (the run, the batch, the cursor of the walk,
 * the outbox item...), and {@link gx.zhicheng.flow.FlowGateway} is the one way Java starts a route (the cycle, a
 * re-sync, the review after an operator's decision). It sits at the bottom, beside system, so that every step of the
 * flow may use it; it knows no step. RoutesNameWhatExistsTest holds the routes to it: a property, bean, method or
 * {@code direct:} endpoint a route names that does not exist fails the build.
 */
@ApplicationModule(displayName = "flow (the routes' contract)", allowedDependencies = {"system"})
package gx.zhicheng.flow;

import org.springframework.modulith.ApplicationModule;

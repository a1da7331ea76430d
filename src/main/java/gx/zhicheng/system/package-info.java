/**
 * Infrastructure every module uses, knowing nothing of the flow: the one typed settings tree
 * ({@link gx.zhicheng.system.ZhichengProperties}, with the security and web settings records), masking of personal data
 * in logs, hashing, SQL helpers and row claims, database retries and the database start-up checks, the instance's
 * identity, the clock and JSON set-up, the worker pools and scheduler triggers, the routes' source folder and the reader
 * of the reference CSVs of config/. It depends on no other module; remote calls live in {@code remote}, the HTTP door in
 * {@code web}.
 */
@ApplicationModule(displayName = "system (infrastructure)", allowedDependencies = {})
package gx.zhicheng.system;

import org.springframework.modulith.ApplicationModule;

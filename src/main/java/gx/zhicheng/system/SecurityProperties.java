package gx.zhicheng.system;

import java.util.List;
import java.util.Set;

/**
 * {@code zhicheng.security} of {@link ZhichengProperties}: the operators who may use the console and the
 * operator API. Never in the committed production config: they come from the environment or an external file
 * (the demo profile carries demo users). Only bcrypt hashes are accepted, so a plain password in a config file
 * stops the start-up instead of working.
 *
 * <p>Every user names the offices of config/offices.csv (by code) whose declarations they review; naming the
 * city office (the directory's fallback row) means every office. There is no default: an account without
 * offices stops the start-up rather than silently seeing the whole city. {@code permissions} grants more than
 * the roles: {@code PERSONAL_DATA} shows ID and phone numbers in full, each such read written to the access log.
 */
public record SecurityProperties(List<User> users) {

    /**
     * VIEWER reads; OPERATOR also starts syncs, re-syncs and retries pushes; METRICS reads /actuator/prometheus and
     * nothing else (Prometheus's scrape account: a leaked scrape credential opens no declaration).
     */
    public static final Set<String> ROLES = Set.of("VIEWER", "OPERATOR", "METRICS");
    public static final String METRICS = "METRICS";

    /** PERSONAL_DATA: full ID and phone numbers in the operator API (each read logged). */
    public static final String PERSONAL_DATA = "PERSONAL_DATA";
    public static final Set<String> PERMISSIONS = Set.of(PERSONAL_DATA);

    public record User(String name, String passwordHash, List<String> roles, List<String> offices,
                       List<String> permissions) {
        public User {
            roles = roles == null ? List.of() : roles;
            offices = offices == null ? List.of() : offices;
            permissions = permissions == null ? List.of() : permissions;
            require(name != null && !name.isBlank(), "zhicheng.security.users[].name");
            require(passwordHash != null && passwordHash.startsWith("{bcrypt}"),
                    "zhicheng.security.users[].password-hash of " + name + " as {bcrypt}...");
            require(!roles.isEmpty() && ROLES.containsAll(roles),
                    "zhicheng.security.users[].roles of " + name + " (VIEWER, OPERATOR; or METRICS alone)");
            require(!roles.contains(METRICS) || roles.size() == 1,
                    "zhicheng.security.users[].roles of " + name + ": METRICS alone, an account of its own");
            // a metrics account sees no declaration, so it belongs to no office
            require(!offices.isEmpty() || roles.equals(List.of(METRICS)), "zhicheng.security.users[].offices of " + name
                    + " (office codes of config/offices.csv; the city office's code for every office)");
            require(PERMISSIONS.containsAll(permissions),
                    "zhicheng.security.users[].permissions of " + name + " (empty or PERSONAL_DATA)");
            roles = List.copyOf(roles);
            offices = List.copyOf(offices);
            permissions = List.copyOf(permissions);
        }
    }

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        require(users.stream().map(User::name).distinct().count() == users.size(), "zhicheng.security.users[].name unique");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Missing or invalid configuration: " + what);
        }
    }
}

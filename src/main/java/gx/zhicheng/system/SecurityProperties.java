package gx.zhicheng.system;

import java.util.List;
import java.util.Set;

/**
 * {@code zhicheng.security} of {@link ZhichengProperties}: the operators who may use the console and the
 * operator API. Never in the committed production config:
 * they come from the environment or an external file (the demo profile carries two demo users). Only bcrypt
 * hashes are accepted, so a plain password in a config file stops the start-up instead of working.
 */
public record SecurityProperties(List<User> users) {

    /** VIEWER reads; OPERATOR also starts syncs, re-syncs and retries pushes. */
    public static final Set<String> ROLES = Set.of("VIEWER", "OPERATOR");

    public record User(String name, String passwordHash, List<String> roles) {
        public User {
            roles = roles == null ? List.of() : roles;
            require(name != null && !name.isBlank(), "zhicheng.security.users[].name");
            require(passwordHash != null && passwordHash.startsWith("{bcrypt}"),
                    "zhicheng.security.users[].password-hash of " + name + " as {bcrypt}...");
            require(!roles.isEmpty() && ROLES.containsAll(roles),
                    "zhicheng.security.users[].roles of " + name + " (VIEWER, OPERATOR)");
            roles = List.copyOf(roles);
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

package gx.zhicheng.web;

import java.util.List;
import org.springframework.security.core.Authentication;

/** The permissions of {@link SecurityProperties#PERMISSIONS} as the principal carries them ({@link SecurityConfig} grants them). */
public final class Permissions {

    static final String AUTHORITY = "PERMISSION_";

    private Permissions() {}

    public static boolean holds(Authentication who, String permission) {
        return who != null && who.getAuthorities().stream().anyMatch(a -> (AUTHORITY + permission).equals(a.getAuthority()));
    }

    /** Every permission the user holds, for the console. */
    public static List<String> of(Authentication who) {
        return who == null ? List.of() : who.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith(AUTHORITY)).map(a -> a.substring(AUTHORITY.length())).sorted().toList();
    }
}

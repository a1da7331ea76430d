package gx.zhicheng.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;

/**
 * The offices (codes of config/offices.csv) whose declarations the logged-in user may see and act on, or all of
 * them for the city office. Resolved in one place from the authenticated principal's authorities (see
 * {@link SecurityConfig}, which grants {@value #ALL_AUTHORITY} to an account of the city office and
 * {@code OFFICE_<code>} for each office) and handed to controllers as a method argument. Queries filter by it in
 * SQL: {@link #sql(String)} is the condition on the column that holds a declaration's review office, and
 * {@link #args(Object...)} places its parameters. A declaration whose office is not yet known (NULL) is the city
 * office's alone.
 */
public record OfficeScope(boolean all, List<String> offices) {

    static final String OFFICE_AUTHORITY = "OFFICE_";
    static final String ALL_AUTHORITY = "OFFICES_ALL";

    public OfficeScope {
        offices = List.copyOf(offices);
    }

    /** Every office: the city office, and the adapter's own work (schedules, gauges). */
    public static OfficeScope everyOffice() {
        return new OfficeScope(true, List.of());
    }

    public static OfficeScope of(Collection<? extends GrantedAuthority> authorities) {
        List<String> offices = new ArrayList<>();
        boolean all = false;
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (ALL_AUTHORITY.equals(name)) {
                all = true;
            } else if (name != null && name.startsWith(OFFICE_AUTHORITY)) {
                offices.add(name.substring(OFFICE_AUTHORITY.length()));
            }
        }
        Collections.sort(offices);
        return new OfficeScope(all, offices);
    }

    /** Whether a declaration stored under this office is in scope. */
    public boolean includes(String office) {
        return all || office != null && offices.contains(office);
    }

    /**
     * The scope narrowed to one office, for the city office's filter: null or blank keeps the scope; an office
     * outside it gives a scope that sees nothing (never more than the user's own).
     */
    public OfficeScope narrowedTo(String office) {
        if (office == null || office.isBlank()) {
            return this;
        }
        return includes(office) ? new OfficeScope(false, List.of(office)) : new OfficeScope(false, List.of());
    }

    /**
     * The SQL condition on {@code column} (a declaration's review office): placeholders only, never the codes.
     * Bracketed and padded with spaces, so that it joins any text around it (text blocks strip trailing spaces).
     */
    public String sql(String column) {
        if (all) {
            return " (1 = 1) ";
        }
        if (offices.isEmpty()) {
            return " (1 = 0) ";
        }
        return " (" + column + " IN (" + String.join(", ", Collections.nCopies(offices.size(), "?")) + ")) ";
    }

    /** Positional parameters with every OfficeScope among them replaced by its own ({@link #sql}'s placeholders). */
    public static Object[] args(Object... values) {
        List<Object> args = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof OfficeScope scope) {
                if (!scope.all()) {
                    args.addAll(scope.offices());
                }
            } else {
                args.add(value);
            }
        }
        return args.toArray();
    }
}

package gx.zhicheng.ops;

import gx.zhicheng.rules.OfficeDirectory;
import gx.zhicheng.web.OfficeScope;
import gx.zhicheng.web.Permissions;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in, so that the console can disable what a VIEWER may not do, show the user's office and, for the
 * city office ({@code allOffices}), offer every office as a filter. {@code ownOffices} are the offices the account
 * belongs to; {@code offices} those it may see: every office of the directory for the city office, else its own.
 */
@RestController
class MeController {

    record Me(String name, List<String> roles, boolean allOffices, List<OfficeDirectory.Listed> ownOffices,
              List<OfficeDirectory.Listed> offices, List<String> permissions) {}

    private final OfficeDirectory directory;

    MeController(OfficeDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/ops/me")
    Me me(Authentication who, OfficeScope scope) {
        List<String> roles = who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .sorted()
                .toList();
        List<OfficeDirectory.Listed> own = directory.listed().stream().filter(o -> scope.offices().contains(o.code())).toList();
        List<OfficeDirectory.Listed> offices = directory.listed().stream().filter(o -> scope.includes(o.code())).toList();
        return new Me(who.getName(), roles, scope.all(), own, offices, Permissions.of(who));
    }
}

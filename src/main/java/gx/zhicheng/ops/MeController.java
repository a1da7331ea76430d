package gx.zhicheng.ops;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is logged in, so that the console can disable what a VIEWER may not do. */
@RestController
class MeController {

    record Me(String name, List<String> roles) {}

    @GetMapping("/api/ops/me")
    Me me(Authentication who) {
        return new Me(who.getName(), who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .sorted()
                .toList());
    }
}

package gx.zhicheng.ops;

import gx.zhicheng.web.OfficeScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The operations that are not per declaration and touch every office's declarations (a sync of the whole
 * platform, the re-check of all, the personal-data access log): the city office's alone (docs/operators.md).
 */
final class CityOffice {

    private CityOffice() {}

    static void require(OfficeScope scope, String what) {
        if (!scope.all()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, what + "涉及全市各职改部门的申报，只有崇左市职改办的账号可以操作");
        }
    }
}

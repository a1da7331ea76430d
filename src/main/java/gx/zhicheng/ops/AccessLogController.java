package gx.zhicheng.ops;

import gx.zhicheng.web.OfficeScope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The personal-data access log, newest first, optionally of one declaration: the city office's to read. */
@RestController
class AccessLogController {

    private final PersonalData personalData;

    AccessLogController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/api/ops/access-log")
    List<PersonalData.Access> accessLog(@RequestParam(required = false) String declarationId,
                                        @RequestParam(defaultValue = "200") int limit, OfficeScope scope) {
        CityOffice.require(scope, "个人信息查阅记录");
        return personalData.log(declarationId, Math.max(1, Math.min(limit, 5000)));
    }
}

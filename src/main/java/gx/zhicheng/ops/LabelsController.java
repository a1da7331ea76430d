package gx.zhicheng.ops;

import gx.zhicheng.rules.Labels;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The labels of every code, so that the console shows what the documents and the API show. */
@RestController
class LabelsController {

    @GetMapping("/api/ops/labels")
    Map<String, Map<String, String>> labels() {
        return Labels.all();
    }
}

package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/** Request bodies of the pushes, read leniently: a body that is not JSON is a 422, not a crash of the mock. */
final class Bodies {

    private Bodies() {}

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : Answers.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The 422 body: {"error": "invalid_body", "fields": [...]} (the contract: "the response lists the fields"). */
    static ObjectNode invalid(List<String> problems) {
        ObjectNode answer = Answers.JSON.createObjectNode().put("error", "invalid_body");
        problems.forEach(answer.putArray("fields")::add);
        return answer;
    }
}

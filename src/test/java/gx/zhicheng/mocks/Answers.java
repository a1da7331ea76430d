package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** JSON answers of the extensions; they keep the stub's delay, so a scenario can slow any of them down. */
final class Answers {

    static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {}

    static ResponseDefinition json(ServeEvent event, IdempotentWrites.Answer answer) {
        return json(event, answer.status(), answer.body());
    }

    static ResponseDefinition json(ServeEvent event, int status, Object body) {
        String text = body instanceof String s ? s : write(body);
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but()
                .withStatus(status)
                .withHeaders(new HttpHeaders(new HttpHeader("Content-Type", "application/json; charset=UTF-8")))
                .withBody(text)
                .build();
    }

    /** The answer to a push under an Idempotency-Key: the first result, its replay (200), or 422 for a reused key. */
    static ResponseDefinition of(ServeEvent event, IdempotentWrites.Outcome outcome, String key) {
        if (outcome instanceof IdempotentWrites.Replay replay) {
            return json(event, 200, replay.answer().body());
        }
        if (outcome instanceof IdempotentWrites.First first) {
            return json(event, first.answer());
        }
        return error(event, 422, "idempotency_key_reused", "Idempotency-Key " + key + " was used before with another body");
    }

    /** {"error": code, "message": message}: what a refused request gets. */
    static ResponseDefinition error(ServeEvent event, int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode().put("error", code);
        if (message != null) {
            body.put("message", message);
        }
        return json(event, status, body);
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

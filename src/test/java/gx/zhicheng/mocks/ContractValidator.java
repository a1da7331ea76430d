package gx.zhicheng.mocks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests and responses checked against the project's own contract files (docs/contract/platform-api.yaml and
 * feeds-api.yaml) with swagger-request-validator: the feeds' paths go to feeds-api.yaml, everything else to
 * platform-api.yaml. Answers are lists of error messages, empty when the interaction follows the contract.
 */
public final class ContractValidator {

    private final OpenApiInteractionValidator platform;
    private final OpenApiInteractionValidator feeds;

    public ContractValidator(Path contractDir) {
        this.platform = load(contractDir.resolve("platform-api.yaml"));
        this.feeds = load(contractDir.resolve("feeds-api.yaml"));
    }

    /** @param url the path with its query string, as the client sent it */
    public List<String> request(String method, String url, Map<String, List<String>> headers, String body) {
        String path = url.replaceFirst("\\?.*$", "");
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        headers.forEach(request::withHeader);
        query(url).forEach(request::withQueryParam);
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        return errors(validatorFor(path).validateRequest(request.build()));
    }

    /**
     * Two silences of the contract are not errors: its conventions allow 5xx on every call ("5xx and timeouts are
     * transient") without listing it, and it gives error answers (401, 404, 409, 422, 429) no schema, so their
     * body is free; the mocks send {"error", "message"} and, for 422, the fields ("the response lists the fields").
     */
    public List<String> response(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        return errors(validatorFor(path).validateResponse(path, Method.valueOf(method), response.build())).stream()
                .filter(error -> !(status >= 500 && error.startsWith("validation.response.status.unknown")))
                .filter(error -> !(status >= 400 && error.startsWith("validation.response.body.unexpected")))
                .toList();
    }

    private OpenApiInteractionValidator validatorFor(String path) {
        return path.startsWith("/si/") || path.startsWith("/ce/") ? feeds : platform;
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }

    private static Map<String, List<String>> query(String url) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        int mark = url.indexOf('?');
        if (mark < 0) {
            return params;
        }
        for (String pair : url.substring(mark + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static OpenApiInteractionValidator load(Path file) {
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(file)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + file, e);
        }
    }
}

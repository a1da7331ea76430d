package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The feeds of feeds-api.yaml as a WireMock extension: a request not signed as the contract says gets 401
 * (see {@link FeedSignatures}); a signed one gets one result per requested ID number, read from
 * mocks/__files/si/ID.json or ce/ID.json, and found=false for a person without a file. SI rows are cut
 * to the asked months, CE rows to the asked years, as the real feeds do.
 */
final class FeedResults implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "feed-results";
    private final ObjectMapper json = new ObjectMapper();
    private final Path files;
    private final FeedSignatures signatures;

    FeedResults(Path mocksRoot, FeedSignatures signatures) {
        this.files = mocksRoot.resolve("__files");
        this.signatures = signatures;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String feed = event.getTransformerParameters().getString("feed");
        var refused = signatures.reject(event.getRequest());
        if (refused.isPresent()) {
            return Answers.error(event, 401, refused.get(), null);
        }
        try {
            JsonNode query = json.readTree(event.getRequest().getBodyAsString());
            if (query == null || !query.path("idNumbers").isArray() || query.get("idNumbers").size() > 100) {
                return Answers.error(event, 400, "malformed_query", null);
            }
            ObjectNode answer = json.createObjectNode();
            ArrayNode results = answer.putArray("results");
            for (JsonNode id : query.get("idNumbers")) {
                results.add(result(feed, id.asText(), query));
            }
            return Answers.json(event, 200, answer);
        } catch (IOException e) {
            return Answers.error(event, 400, "malformed_query", null);
        }
    }

    private JsonNode result(String feed, String idNumber, JsonNode query) throws IOException {
        Path file = files.resolve(feed).resolve(idNumber + ".json");
        if (!idNumber.matches("[0-9A-Za-z]{1,32}") || !Files.exists(file)) {
            ObjectNode notFound = json.createObjectNode();
            notFound.put("idNumber", idNumber);
            notFound.put("found", false);
            return notFound;
        }
        ObjectNode record = (ObjectNode) json.readTree(file.toFile());
        if (feed.equals("si") && record.has("months")) {
            String from = query.path("fromMonth").asText("0000-00");
            String to = query.path("toMonth").asText("9999-99");
            ArrayNode kept = json.createArrayNode();
            record.get("months").forEach(row -> {
                String month = row.path("month").asText();
                if (month.compareTo(from) >= 0 && month.compareTo(to) <= 0) {
                    kept.add(row);
                }
            });
            record.set("months", kept);
        }
        if (feed.equals("ce") && record.has("years") && query.path("years").isArray()) {
            ArrayNode kept = json.createArrayNode();
            record.get("years").forEach(row -> {
                for (JsonNode year : query.get("years")) {
                    if (year.asInt() == row.path("year").asInt()) {
                        kept.add(row);
                    }
                }
            });
            record.set("years", kept);
        }
        return record;
    }
}

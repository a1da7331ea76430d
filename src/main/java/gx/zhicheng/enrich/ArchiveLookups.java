package gx.zhicheng.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.remote.RemoteRequest;
import gx.zhicheng.rules.ArchiveEntry;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** The platform's integrity-archive entries of each person in a batch, one lookup per ID number. */
@Component
class ArchiveLookups {


    private final ObjectMapper json;

    ArchiveLookups(ObjectMapper json) {
        this.json = json;
    }

    public void begin(Exchange exchange) {
        exchange.setProperty(FlowKeys.ARCHIVE, new ConcurrentHashMap<String, List<ArchiveEntry>>());
    }

    /** Body: one ID number. It goes in the query string as the contract wants; log lines mask it. */
    public void query(Exchange exchange) {
        String idNumber = exchange.getMessage().getBody(String.class);
        exchange.setProperty(FlowKeys.ARCHIVE_ID_NUMBER, idNumber);
        exchange.setProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.platformGet("/api/v1/integrity-archive",
                "idNumber=" + URLEncoder.encode(idNumber, StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    public void collect(Exchange exchange) throws IOException {
        JsonNode answer = json.readTree(exchange.getMessage().getBody(String.class));
        if (answer == null || !answer.path("entries").isArray()) {
            throw new IllegalStateException("archive answer has no entries array");
        }
        List<ArchiveEntry> entries = new ArrayList<>();
        for (JsonNode entry : answer.get("entries")) {
            entries.add(json.treeToValue(entry, ArchiveEntry.class));
        }
        Map<String, List<ArchiveEntry>> all = exchange.getProperty(FlowKeys.ARCHIVE, Map.class);
        all.put(exchange.getProperty(FlowKeys.ARCHIVE_ID_NUMBER, String.class), entries);
    }
}

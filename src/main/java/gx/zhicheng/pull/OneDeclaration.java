package gx.zhicheng.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.review.ReviewQueue;
import gx.zhicheng.remote.RemoteRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * One declaration pulled on its own: for an operator's re-sync and after a 409 (our verdict was for a
 * version the platform has replaced). The current version is stored as in a listing walk and queued for
 * review even when its version is unchanged, since the operator asked for a fresh review; a dry run stores
 * nothing and only reviews.
 */
@Component
public class OneDeclaration {


    private final DeclarationStore store;
    private final DeclarationValidator validator;
    private final ReviewQueue queue;
    private final ObjectMapper json;

    OneDeclaration(DeclarationStore store, DeclarationValidator validator, ReviewQueue queue, ObjectMapper json) {
        this.store = store;
        this.validator = validator;
        this.queue = queue;
        this.json = json;
    }

    public void request(Exchange exchange) {
        String id = exchange.getProperty(FlowKeys.DECLARATION_ID, String.class);
        exchange.setProperty(FlowKeys.REMOTE_REQUEST,
                RemoteRequest.platformGet("/api/v1/declarations/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8), null));
    }

    /** Validates (and unless a dry run, stores) the answer; the batch to review becomes this one declaration. */
    public void take(Exchange exchange) throws IOException {
        JsonNode item = json.readTree(exchange.getMessage().getBody(String.class));
        DeclarationValidator.Result result = validator.validate(item);
        boolean dryRun = Boolean.TRUE.equals(exchange.getProperty(FlowKeys.DRY_RUN, Boolean.class));
        if (!dryRun) {
            store.store(item);
        }
        if (result instanceof DeclarationValidator.Invalid invalid) {
            exchange.setProperty(FlowKeys.PARKED_REASON, invalid.reason());
            exchange.setProperty(FlowKeys.BATCH, List.of());
            return;
        }
        var declaration = ((DeclarationValidator.Valid) result).declaration();
        if (!dryRun) {
            queue.enqueue(declaration.declarationId(), declaration.version());
        }
        // rules 2022.2: only a version its unit recommended is reviewed, a re-sync's too
        boolean reviewable = declaration.status() == gx.zhicheng.rules.Declaration.Status.UNIT_RECOMMENDED;
        exchange.setProperty(FlowKeys.BATCH, reviewable
                ? List.of(new ReviewQueue.Pending(declaration.declarationId(), declaration.version(), declaration))
                : List.of());
    }
}

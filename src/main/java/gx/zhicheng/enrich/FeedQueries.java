package gx.zhicheng.enrich;

import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.review.ReviewQueue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.remote.FeedSigner;
import gx.zhicheng.remote.RemoteRequest;
import gx.zhicheng.review.ReviewQueue;
import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.FeedWindow;
import gx.zhicheng.rules.ReviewSettings;
import gx.zhicheng.system.ZhichengProperties;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Builds the signed batch queries of the SI and CE feeds for one claimed batch (at most 100 ID numbers):
 * SI for the months the rules look at, CE for the declaration year and the year before.
 */
@Component
public class FeedQueries {

    static final String SI_PATH = "/si/v1/contributions:query";
    static final String CE_PATH = "/ce/v1/records:query";

    private final ObjectMapper json;
    private final Clock clock;
    private final ZhichengProperties.Feeds feeds;
    private final ReviewSettings settings;

    FeedQueries(ObjectMapper json, Clock clock, ZhichengProperties properties, ReviewSettings settings) {
        this.json = json;
        this.clock = clock;
        this.feeds = properties.feeds();
        this.settings = settings;
    }

    public void si(Exchange exchange) throws JsonProcessingException {
        List<Declaration> batch = declarations(exchange);
        YearMonth from = batch.stream().map(d -> FeedWindow.of(d, settings).siFrom()).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth to = batch.stream().map(d -> FeedWindow.of(d, settings).siTo()).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("idNumbers", idNumbers(batch));
        query.put("fromMonth", from.toString());
        query.put("toMonth", to.toString());
        exchange.setProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.feedQuery(SI_PATH, json.writeValueAsBytes(query)));
    }

    public void ce(Exchange exchange) throws JsonProcessingException {
        List<Declaration> batch = declarations(exchange);
        TreeSet<Integer> years = new TreeSet<>();
        batch.forEach(d -> years.addAll(FeedWindow.of(d, settings).ceYears()));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("idNumbers", idNumbers(batch));
        query.put("years", List.copyOf(years));
        exchange.setProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.feedQuery(CE_PATH, json.writeValueAsBytes(query)));
    }

    /** Signs one attempt of an SI query: a new timestamp and nonce each time (the feeds refuse a nonce seen before). */
    public void signSi(Exchange exchange) {
        sign(exchange, feeds.si());
    }

    /** Signs one attempt of a CE query, as {@link #signSi}. */
    public void signCe(Exchange exchange) {
        sign(exchange, feeds.ce());
    }

    /** The distinct ID numbers of a batch; the archive lookups split over them. */
    public List<String> idNumbers(Exchange exchange) {
        return idNumbers(declarations(exchange));
    }

    private void sign(Exchange exchange, ZhichengProperties.Feed feed) {
        FeedSigner.sign(exchange, feed, clock);
    }

    private static List<String> idNumbers(List<Declaration> batch) {
        return batch.stream().map(d -> d.applicant().idNumber()).distinct().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Declaration> declarations(Exchange exchange) {
        List<ReviewQueue.Pending> batch = exchange.getProperty(FlowKeys.BATCH, List.class);
        return batch.stream().map(ReviewQueue.Pending::declaration).toList();
    }
}

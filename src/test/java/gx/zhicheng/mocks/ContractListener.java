package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gx.zhicheng.system.Masking;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every request a client sends to the mocks against the contract, so that a client drifting from it
 * shows up in the tests (which assert {@link #violations()} is empty after a run) and in the standalone
 * mocks' log. The mocks still answer such a request as best they can.
 */
public final class ContractListener implements ServeEventListener {

    /** One request that broke the contract; the URL is masked (archive lookups carry an ID number). */
    public record Violation(String request, List<String> errors) {}

    private static final Logger log = LoggerFactory.getLogger(ContractListener.class);
    private final ContractValidator contract;
    private final List<Violation> violations = new CopyOnWriteArrayList<>();

    ContractListener(ContractValidator contract) {
        this.contract = contract;
    }

    @Override
    public String getName() {
        return "contract-check";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        LoggedRequest request = event.getRequest();
        if (request.getUrl().startsWith("/__admin")) {
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), header.values());
        }
        List<String> errors = contract.request(request.getMethod().getName(), request.getUrl(), headers,
                request.getBodyAsString());
        if (!errors.isEmpty()) {
            Violation violation = new Violation(request.getMethod().getName() + " " + Masking.mask(request.getUrl()),
                    errors.stream().map(Masking::mask).toList());
            violations.add(violation);
            log.warn("Request breaks the contract: {} {}", violation.request(), violation.errors());
        }
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    void reset() {
        violations.clear();
    }
}

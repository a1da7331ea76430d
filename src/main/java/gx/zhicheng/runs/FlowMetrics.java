package gx.zhicheng.runs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the flow did, as Micrometer counters (sync runs by their end state, declarations pulled, parked, reviewed by outcome, pushed, failed
 * pushes). The remote calls are counted, timed and shown in the health endpoint by the remote module.
 */
@Component
class FlowMetrics {

    private final Counter pulled;
    private final Counter parked;
    private final Counter pushed;
    private final Counter failed;
    private final Map<String, Counter> reviewed = new HashMap<>();
    private final MeterRegistry registry;

    FlowMetrics(MeterRegistry registry) {
        this.registry = registry;
        // both outcomes from the start: a dashboard's rate() of FAILED shows 0, not "no data", until a run fails
        for (String state : List.of("SUCCEEDED", "FAILED")) {
            runs(state);
        }
        pulled = Counter.builder("zhicheng.declarations.pulled").description("declaration versions pulled").register(registry);
        parked = Counter.builder("zhicheng.declarations.parked").description("declarations that do not validate").register(registry);
        pushed = Counter.builder("zhicheng.pushes").tag("result", "accepted").register(registry);
        failed = Counter.builder("zhicheng.pushes").tag("result", "failed").register(registry);
        for (String outcome : List.of("PASS", "RETURN", "VERIFY", "REJECT")) {
            reviewed.put(outcome, Counter.builder("zhicheng.declarations.reviewed").tag("outcome", outcome).register(registry));
        }
    }

    void pulled(int count, int parkedCount) {
        pulled.increment(count);
        parked.increment(parkedCount);
    }

    /** INFO counts as PASS, as in the run's counts. */
    void reviewed(String outcome) {
        reviewed.getOrDefault(outcome, reviewed.get("PASS")).increment();
    }

    /** A sync run ended in {@code state} (SUCCEEDED, FAILED). */
    void finished(String state) {
        runs(state).increment();
    }

    private Counter runs(String state) {
        return Counter.builder("zhicheng.sync.runs").description("sync runs ended, by their state")
                .tag("state", state).register(registry);
    }

    void pushed(boolean ok) {
        (ok ? pushed : failed).increment();
    }
}

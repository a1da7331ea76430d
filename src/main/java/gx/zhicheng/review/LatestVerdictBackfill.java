package gx.zhicheng.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Derives the operator side's columns (migration V140, {@link LatestVerdictIndex}) at start-up for every row that
 * never had them: the rows stored before V140, or by an older instance during a rolling upgrade. Before the operator
 * API serves, like the review office backfill of V120. Idempotent, so instances starting together do no harm.
 */
@Component
class LatestVerdictBackfill implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LatestVerdictBackfill.class);

    private final LatestVerdictIndex latest;

    LatestVerdictBackfill(LatestVerdictIndex latest) {
        this.latest = latest;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        int filled = latest.backfill();
        if (filled > 0) {
            log.info("Latest-verdict columns derived for {} declarations in {} ms", filled,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}

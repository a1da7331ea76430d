package gx.zhicheng.bench;

import gx.zhicheng.province.SyntheticProvince;
import java.util.Arrays;

/**
 * Per declaration: from the moment the province first served it in a listing page to the moment it accepted
 * its verdict. Both moments are taken by the province, in its own JVM, so no clocks are compared.
 */
record Latencies(int measured, int missing, double p50Millis, double p99Millis, double maxMillis,
                 long firstServedNanos, long lastAcceptedNanos) {

    static Latencies of(SyntheticProvince province) {
        long[] millis = new long[province.count()];
        int measured = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < province.count(); i++) {
            long served = province.firstServedNanos(i);
            long accepted = province.acceptedNanos(i);
            if (served != 0) {
                first = Math.min(first, served);
            }
            if (accepted != 0) {
                last = Math.max(last, accepted);
            }
            if (served != 0 && accepted != 0) {
                millis[measured++] = accepted - served;
            }
        }
        long[] sorted = Arrays.copyOf(millis, measured);
        Arrays.sort(sorted);
        return new Latencies(measured, province.count() - measured, percentile(sorted, 0.50), percentile(sorted, 0.99),
                measured == 0 ? 0 : sorted[measured - 1] / 1e6, first, last);
    }

    /** Seconds from the first declaration served to the last verdict accepted. */
    double syncSeconds() {
        return measured == 0 ? 0 : (lastAcceptedNanos - firstServedNanos) / 1e9;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}

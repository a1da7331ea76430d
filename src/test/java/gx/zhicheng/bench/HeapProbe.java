package gx.zhicheng.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The adapter's live heap as the work goes on: at 10, 25, 50, 75 and 90 % of the verdicts accepted, a class
 * histogram of the adapter JVM ({@code jcmd <pid> GC.class_histogram}, which runs a full collection first, so
 * it counts live objects only). The GC log's "after a collection" figure also counts garbage a young
 * collection leaves in the old generation; this one does not, so a heap that grows with the number of
 * declarations shows here as a rising line. The last histogram is kept in the bench directory.
 */
final class HeapProbe implements Runnable {

    /** One histogram: at how many verdicts accepted, and the live bytes it counted. */
    record Sample(long accepted, long liveBytes) {
        long liveMb() {
            return liveBytes >> 20;
        }
    }

    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)", Pattern.MULTILINE);
    private static final double[] AT = {0.10, 0.25, 0.50, 0.75, 0.90};

    private final Process adapter;
    private final LongSupplier accepted;
    private final long expected;
    private final Path dir;
    private final List<Sample> samples = new ArrayList<>();

    HeapProbe(Process adapter, LongSupplier accepted, long expected, Path dir) {
        this.adapter = adapter;
        this.accepted = accepted;
        this.expected = expected;
        this.dir = dir;
    }

    @Override
    public void run() {
        int next = 0;
        try {
            while (next < AT.length && adapter.isAlive()) {
                long done = accepted.getAsLong();
                if (done >= AT[next] * expected) {
                    histogram(done, next == AT.length - 1);
                    next++;
                } else {
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.out.println("  (no heap histogram: " + e.getMessage() + ")");
        }
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    private void histogram(long done, boolean keep) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(adapter.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(1, TimeUnit.MINUTES);
        Matcher total = TOTAL.matcher(out);
        if (total.find()) {
            synchronized (this) {
                samples.add(new Sample(done, Long.parseLong(total.group(1))));
            }
            if (keep) {
                Files.writeString(dir.resolve("adapter-histogram.txt"), out);
            }
        }
    }
}

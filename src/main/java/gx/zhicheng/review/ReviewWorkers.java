package gx.zhicheng.review;

import gx.zhicheng.system.ZhichengProperties;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** How many review workers claim batches at once (zhicheng.sync.review-workers): the split of review-pending. */
@Component
class ReviewWorkers {

    private final int workers;

    ReviewWorkers(ZhichengProperties properties) {
        this.workers = properties.sync().reviewWorkers();
    }

    public List<Integer> workers() {
        return IntStream.range(0, workers).boxed().toList();
    }
}

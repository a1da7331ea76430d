package gx.zhicheng.push;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Splits a claimed outbox batch by declaration, oldest first within each: the groups are pushed in
 * parallel, the pushes of one declaration (a verdict and its archive entry) still one after the other.
 */
@Component
class OutboxGroups {

    public List<List<Outbox.Item>> byDeclaration(List<Outbox.Item> items) {
        Map<String, List<Outbox.Item>> groups = new LinkedHashMap<>();
        for (Outbox.Item item : items) {
            groups.computeIfAbsent(item.declarationId(), id -> new ArrayList<>()).add(item);
        }
        return List.copyOf(groups.values());
    }
}

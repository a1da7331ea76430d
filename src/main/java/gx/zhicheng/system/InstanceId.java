package gx.zhicheng.system;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Names this process in claims and leases, so that instances sharing one database tell their work apart. */
@Component
public class InstanceId {
    private final String value = UUID.randomUUID().toString().substring(0, 8);

    public String value() {
        return value;
    }
}

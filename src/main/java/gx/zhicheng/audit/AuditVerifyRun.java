package gx.zhicheng.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --zhicheng.audit.verify=true}: walks the chain and exits, 0 when it is intact, 3 naming the first broken
 * entry (like one-shot mode, through SpringApplication.exit). Runs before every other runner, so no sync starts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyRun implements ApplicationRunner {

    static final int BROKEN = 3;
    private static final Logger log = LoggerFactory.getLogger(AuditVerifyRun.class);

    private final Environment environment;
    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyRun(Environment environment, ChainVerifier verifier, ConfigurableApplicationContext context) {
        this.environment = environment;
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty("zhicheng.audit.verify", Boolean.class, false)) {
            return;
        }
        int code = exitCode(verifier.verify());
        System.exit(SpringApplication.exit(context, () -> code));
    }

    static int exitCode(ChainVerifier.Result result) {
        if (result.intact()) {
            log.info("Audit chain intact: {} entries, head hash {}", result.entries(), result.headHash());
            return 0;
        }
        log.error("Audit chain broken at {}: {}", result.brokenEntry(), result.reason());
        return BROKEN;
    }
}

package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The settings tree binds from the jar's application.yaml alone, and refuses a key it does not know by name. */
class SettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ZhichengProperties.class)
    static class Settings {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class)
            .withPropertyValues(
                    "zhicheng.platform.base-url=http://platform", "zhicheng.platform.client-id=c",
                    "zhicheng.platform.client-secret=s",
                    "zhicheng.feeds.si.base-url=http://si", "zhicheng.feeds.si.app-key=k", "zhicheng.feeds.si.app-secret=s",
                    "zhicheng.feeds.ce.base-url=http://ce", "zhicheng.feeds.ce.app-key=k", "zhicheng.feeds.ce.app-secret=s");

    @Test
    void theDefaultsComeFromOnePlace() {
        context.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            ZhichengProperties p = ctx.getBean(ZhichengProperties.class);
            assertThat(p.outbox().batchSize()).isEqualTo(200);
            assertThat(p.sync().schedule().phases()).hasSize(2);
            assertThat(p.retry().maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
            assertThat(p.breaker().slidingWindowSize()).isEqualTo(20);
            assertThat(p.rules().rulesVersion()).isEqualTo("2022.2");
            assertThat(p.web().login().userFreeFailures()).isEqualTo(5);
            assertThat(p.security().users()).isEmpty();
        });
    }

    @Test
    void aMisspeltKeyStopsTheStartUpWithItsName() {
        context.withPropertyValues("zhicheng.sync.review-worker=3").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("zhicheng.sync.review-worker");
        });
    }

    /** operators.md, "Renamed settings": an office's old key is not ignored unseen after an upgrade. */
    @Test
    void aRenamedKeyStopsTheStartUpWithItsOldName() {
        context.withPropertyValues("zhicheng.sync.push-batch-size=50").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("zhicheng.sync.push-batch-size");
        });
    }

    @Test
    void aMissingSecretStopsTheStartUpWithItsName() {
        context.withPropertyValues("zhicheng.platform.client-secret=").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("zhicheng.platform.client-secret");
        });
    }
}

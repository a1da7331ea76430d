package gx.zhicheng.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings tree as the jar's application.yaml defines it, with placeholder secrets and any overrides, for
 * tests of beans outside a Spring context: the defaults stay in their one place.
 */
public final class TestSettings {

    private TestSettings() {}

    public static ZhichengProperties defaults() {
        return with(Map.of());
    }

    public static ZhichengProperties with(Map<String, Object> overrides) {
        StandardEnvironment env = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
                    .forEach(env.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.getPropertySources().addFirst(new MapPropertySource("secrets", Map.of(
                "zhicheng.platform.base-url", "http://p", "zhicheng.platform.client-id", "c",
                "zhicheng.platform.client-secret", "s",
                "zhicheng.feeds.si.base-url", "http://f", "zhicheng.feeds.si.app-key", "k", "zhicheng.feeds.si.app-secret", "s",
                "zhicheng.feeds.ce.base-url", "http://f", "zhicheng.feeds.ce.app-key", "k", "zhicheng.feeds.ce.app-secret", "s")));
        env.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
        return Binder.get(env).bind("zhicheng", ZhichengProperties.class).get();
    }
}

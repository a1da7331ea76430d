package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every setting of the tree has its default in the jar's application.yaml, so a key left out there cannot bind as
 * a silent 0, false or null (the records use primitives): the settings a deployment must give itself are the
 * only ones without a default, and they are named here.
 */
class SettingsDefaultsTest {

    /** No default on purpose: where the platform and the feeds are, and their credentials, are the deployment's. */
    private static final Set<String> DEPLOYMENT_ONLY = Set.of(
            "zhicheng.platform.base-url", "zhicheng.platform.client-id", "zhicheng.platform.client-secret",
            "zhicheng.feeds.si.base-url", "zhicheng.feeds.si.app-key", "zhicheng.feeds.si.app-secret",
            "zhicheng.feeds.ce.base-url", "zhicheng.feeds.ce.app-key", "zhicheng.feeds.ce.app-secret",
            // the console's accounts: none unless a deployment lists them (docs/operators.md)
            "zhicheng.security.users");

    /** Unset has a meaning of its own, written beside the key in application.yaml. */
    private static final Set<String> UNSET_MEANS_SEARCH = Set.of(
            // unset: the first CJK TrueType font in pdf-font-folders, its first usable face
            "zhicheng.documents.pdf-font", "zhicheng.documents.pdf-font-face",
            // unset: the routes inside the jar
            "zhicheng.routes-dir");

    @Test
    void everySettingHasItsDefaultInTheJarsYaml() throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/application.yaml")) {
            for (Object document : new Yaml().loadAll(in)) {
                flatten("", document, keys);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String setting : settings("zhicheng", ZhichengProperties.class)) {
            boolean present = keys.contains(setting) || keys.stream().anyMatch(k -> k.startsWith(setting + ".") || k.startsWith(setting + "["));
            if (!present && !DEPLOYMENT_ONLY.contains(setting) && !UNSET_MEANS_SEARCH.contains(setting)) {
                missing.add(setting);
            }
        }
        assertThat(missing).as("settings without a default in src/main/resources/application.yaml").isEmpty();
    }

    /** The leaves of a settings record: its components, records followed down, kebab-case as in YAML. */
    private static List<String> settings(String prefix, Class<?> type) {
        List<String> leaves = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + "." + kebab(component.getName());
            Class<?> child = component.getType();
            if (child.isRecord()) {
                leaves.addAll(settings(path, child));
            } else {
                leaves.add(path);
            }
        }
        return leaves;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, keys));
        } else if (node instanceof List<?> list) {
            keys.add(prefix);
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), keys);
            }
        } else {
            keys.add(prefix);
        }
    }
}

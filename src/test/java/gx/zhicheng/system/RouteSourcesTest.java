package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The routes the adapter runs: by default the ones inside the jar, which are the project's routes/ byte for byte
 * (packaged at build time); zhicheng.routes-dir replaces them all, and every file is named with its SHA-256.
 */
class RouteSourcesTest {

    @Test
    void runsTheRoutesOfTheProjectFromTheJarByDefault() throws Exception {
        List<RouteSources.Route> routes = RouteSources.resolve(environment(Map.of()));

        List<RouteSources.Route> project;
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            project = files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .map(f -> new RouteSources.Route("classpath:routes/" + f.getFileName(), sha256(f))).toList();
        }
        assertThat(project).hasSizeGreaterThan(5);
        assertThat(routes).isEqualTo(project);
    }

    @Test
    void aRoutesFolderReplacesTheJarsRoutesAndShowsTheEditedChecksum(@TempDir Path folder) throws Exception {
        Path edited = folder.resolve("sync-cycle.camel.yaml");
        Files.writeString(edited, Files.readString(Path.of("routes/sync-cycle.camel.yaml")) + "\n# edited on the server\n");
        StandardEnvironment environment = environment(Map.of(RouteSources.ROUTES_DIR, folder.toString()));

        List<RouteSources.Route> routes = RouteSources.resolve(environment);
        assertThat(routes).containsExactly(new RouteSources.Route("file:" + edited.toAbsolutePath(), sha256(edited)));
        assertThat(sha256(edited)).isNotEqualTo(sha256(Path.of("routes/sync-cycle.camel.yaml")));

        new RouteSources(new DeferredLogs()).postProcessEnvironment(environment, null);
        assertThat(environment.getProperty(RouteSources.INCLUDE_PATTERN)).isEqualTo("file:" + edited.toAbsolutePath());
    }

    @Test
    void aRoutesFolderThatIsNotThereStopsTheStartUp(@TempDir Path folder) {
        assertThatThrownBy(() -> RouteSources.resolve(environment(Map.of(RouteSources.ROUTES_DIR, folder.resolve("nope").toString()))))
                .hasMessageContaining("zhicheng.routes-dir").hasMessageContaining("is no folder");
        assertThatThrownBy(() -> RouteSources.resolve(environment(Map.of(RouteSources.ROUTES_DIR, folder.toString()))))
                .hasMessageContaining("No route files");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private static String sha256(Path file) {
        try {
            return Hashing.sha256Hex(Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package gx.zhicheng.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which routes Camel loads. By default the ones inside the jar ({@code classpath:routes/}, packaged from the
 * project's routes/ folder at build time), so the jar runs from any folder; {@code zhicheng.routes-dir} names a
 * folder whose {@code *.yaml} replace them all (an office testing a changed route). Each route file is logged with
 * where it came from and its SHA-256: a route edited on a server shows in the start-up log, and two instances
 * running different routes can be told apart.
 *
 * <p>Camel gets the files as an explicit list rather than a {@code classpath:} wildcard: the list logged is exactly
 * the list loaded, whatever Camel's own scanning of a nested jar would find.
 */
class RouteSources implements EnvironmentPostProcessor, Ordered {

    static final String ROUTES_DIR = "zhicheng.routes-dir";
    static final String INCLUDE_PATTERN = "camel.main.routes-include-pattern";
    static final String IN_THE_JAR = "classpath*:routes/*.yaml";

    /** A route file Camel will load: its location as Camel reads it, and the SHA-256 of its bytes. */
    record Route(String location, String sha256) {}

    private final Log log;

    RouteSources(DeferredLogFactory logs) {
        this.log = logs.getLog(RouteSources.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<Route> routes = resolve(environment);
        String dir = environment.getProperty(ROUTES_DIR);
        log.info(routes.size() + " route files " + (dir == null || dir.isBlank()
                ? "from the jar (classpath:routes/)" : "from " + Path.of(dir).toAbsolutePath().normalize()
                + " (zhicheng.routes-dir, replacing the jar's routes)"));
        routes.forEach(route -> log.info("Route file " + route.location() + " sha256=" + route.sha256()));
        if (!environment.containsProperty(INCLUDE_PATTERN)) {
            environment.getPropertySources().addLast(new MapPropertySource("zhichengRoutes", Map.of(INCLUDE_PATTERN,
                    routes.stream().map(Route::location).collect(Collectors.joining(",")))));
        } else {
            log.warn(INCLUDE_PATTERN + " is set: Camel loads " + environment.getProperty(INCLUDE_PATTERN)
                    + ", not the files listed above");
        }
    }

    /** The route files of the settings, sorted by name; none at all stops the start-up. */
    static List<Route> resolve(Environment environment) {
        String dir = environment.getProperty(ROUTES_DIR);
        try {
            Resource[] found;
            String where;
            if (dir == null || dir.isBlank()) {
                found = new PathMatchingResourcePatternResolver().getResources(IN_THE_JAR);
                where = "the jar (classpath:routes/)";
            } else {
                Path folder = Path.of(dir).toAbsolutePath().normalize();
                if (!Files.isDirectory(folder)) {
                    throw new IllegalStateException("Missing or invalid configuration: " + ROUTES_DIR + " (" + folder
                            + ") is no folder; leave it unset to run the routes inside the jar");
                }
                found = new PathMatchingResourcePatternResolver().getResources(folder.toUri() + "*.yaml");
                where = folder.toString();
            }
            List<Route> routes = Arrays.stream(found)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> new Route(location(r, dir), sha256(r)))
                    .toList();
            if (routes.isEmpty()) {
                throw new IllegalStateException("No route files (*.yaml) in " + where);
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the route files", e);
        }
    }

    private static String location(Resource route, String dir) {
        if (dir == null || dir.isBlank()) {
            return "classpath:routes/" + route.getFilename();
        }
        try {
            return "file:" + route.getFile().toPath().toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Resource route) {
        try (InputStream in = route.getInputStream()) {
            return Hashing.sha256Hex(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + route, e);
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files are read: routes-dir may come from config/application.yaml
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}

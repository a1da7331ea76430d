package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fault scenarios: one file each, mocks/scenarios/NAME.json, with a description and WireMock mappings that
 * are added on top of mocks/mappings/ (they have priority 1, the regular stubs 5). Most fire once (a WireMock
 * scenario moves from Started to done) so that a client that retries recovers; a reset removes them.
 */
final class Scenarios {

    private final Path dir;

    Scenarios(Path mocksRoot) {
        this.dir = mocksRoot.resolve("scenarios");
    }

    /** Name to description, for the standalone command's help and the admin call. */
    Map<String, String> available() {
        Map<String, String> names = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                names.put(file.getFileName().toString().replaceFirst("\\.json$", ""), read(file).path("description").asText(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Adds the scenario's stubs; returns how many. */
    int apply(Admin admin, String name) {
        if (!name.matches("[a-z0-9-]+") || !Files.exists(dir.resolve(name + ".json"))) {
            throw new IllegalArgumentException("no fault scenario '" + name + "'; known: " + available().keySet());
        }
        int count = 0;
        for (JsonNode mapping : read(dir.resolve(name + ".json")).path("mappings")) {
            StubMapping stub = StubMapping.buildFrom(mapping.toString());
            stub.setPersistent(false);
            admin.addStubMapping(stub);
            count++;
        }
        return count;
    }

    private static JsonNode read(Path file) {
        try {
            return Answers.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario " + file, e);
        }
    }
}

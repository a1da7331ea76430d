package gx.zhicheng;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules along the flow (system, runs, review, pull, enrich, push, sync, retention, ops, documents) and
 * the one-way dependencies each package-info allows. verify() fails on a cycle, on a dependency a module's
 * {@code allowedDependencies} does not list, and on a use of another module's internals.
 */
class ModuleStructureTest {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(ZhichengSyncApplication.class);

    @Test
    void dependenciesPointOneWay() {
        modules.verify();
    }

    /**
     * Keeps docs/modules/ (PlantUML diagrams and a canvas per module) what the code is. The Documenter writes the
     * relations of a diagram in no fixed order, so they are sorted, and a file is rewritten only when what it says
     * changed: a test run leaves the working tree as it was unless a module did change.
     */
    @Test
    void writesTheModuleDiagramIntoDocs() throws IOException {
        Path written = Files.createTempDirectory("modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(written)) {
            for (Path file : files.toList()) {
                String text = withSortedRelations(Files.readString(file, StandardCharsets.UTF_8));
                Path doc = DOCS.resolve(file.getFileName().toString());
                if (!Files.exists(doc) || !Files.readString(doc, StandardCharsets.UTF_8).equals(text)) {
                    Files.writeString(doc, text, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** The Rel(…) lines of a PlantUML file in sorted order, each other line where it was. */
    private static String withSortedRelations(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
        Iterator<String> sorted = relations.iterator();
        lines.replaceAll(l -> l.startsWith("Rel(") ? sorted.next() : l);
        return String.join("\n", lines) + "\n";
    }
}

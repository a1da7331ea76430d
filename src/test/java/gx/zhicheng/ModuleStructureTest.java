package gx.zhicheng;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules along the flow (system, runs, review, pull, enrich, push, sync, retention, ops, documents) and
 * the one-way dependencies each package-info allows. verify() fails on a cycle, on a dependency a module's
 * {@code allowedDependencies} does not list, and on a use of another module's internals.
 */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(ZhichengSyncApplication.class);

    @Test
    void dependenciesPointOneWay() {
        modules.verify();
    }

    /** Keeps docs/modules/ (PlantUML diagrams and a canvas per module) what the code is. */
    @Test
    void writesTheModuleDiagramIntoDocs() {
        new Documenter(modules, "docs/modules")
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

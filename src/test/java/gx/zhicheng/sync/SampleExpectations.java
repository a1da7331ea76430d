package gx.zhicheng.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected outcome and finding codes of every sample declaration of mocks/, written by hand from
 * rules.md next to each case in mocks/generator/GenerateMocks.java: an oracle independent of the engine.
 */
record SampleExpectations(String declarationId, String outcome, List<String> findings, String purpose) {

    static Map<String, SampleExpectations> load() throws IOException {
        Map<String, SampleExpectations> all = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/samples/expected-outcomes.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", 4);
            List<String> findings = cells[2].isBlank() ? List.of() : Arrays.asList(cells[2].split("\\|"));
            all.put(cells[0], new SampleExpectations(cells[0], cells[1], findings, cells[3]));
        }
        return all;
    }

    boolean getsVerdict() {
        return !outcome.equals("NONE") && !outcome.equals("PARKED") && !outcome.equals("AWAITING_UNIT");
    }
}

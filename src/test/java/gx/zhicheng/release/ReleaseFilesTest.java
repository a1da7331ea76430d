package gx.zhicheng.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd units of the release archive (src/release/systemd) as systemd reads them: {@code systemd-analyze
 * verify} prints nothing for them (an unknown key, a key in the wrong section, a missing executable all print), and
 * the hardening that makes the adapter's own user unable to write outside its two folders is there. Skipped where
 * systemd-analyze is not installed (.ci/run installs it).
 */
class ReleaseFilesTest {

    private static final Path UNITS = Path.of("src/release/systemd");
    private static final List<String> HARDENING = List.of("User=zhicheng", "NoNewPrivileges=yes", "ProtectSystem=strict",
            "ProtectHome=yes", "PrivateTmp=yes", "CapabilityBoundingSet=",
            "ReadWritePaths=/var/lib/zhicheng-sync /var/log/zhicheng-sync");

    @Test
    void systemdReadsTheUnitsWithoutAComplaint(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is not installed");
        // the units name the script where the archive is unpacked (/opt/zhicheng-sync); verify checks it exists
        Path script = Path.of("src/release/bin/zhicheng-sync").toAbsolutePath();
        List<String> units = new ArrayList<>();
        for (String unit : List.of("zhicheng-sync.service", "zhicheng-sync-once.service", "zhicheng-sync-once.timer")) {
            Files.writeString(folder.resolve(unit), Files.readString(UNITS.resolve(unit))
                    .replace("/opt/zhicheng-sync/bin/zhicheng-sync", script.toString()));
            units.add(folder.resolve(unit).toString());
        }
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify"));
        command.addAll(units);
        Process verify = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).as("systemd-analyze verify").isEmpty();
        assertThat(verify.exitValue()).isZero();
    }

    @Test
    void bothServicesRunHardenedAsTheAdaptersOwnUserAndRestartOrReportFailures() throws IOException {
        String scheduled = Files.readString(UNITS.resolve("zhicheng-sync.service"));
        String once = Files.readString(UNITS.resolve("zhicheng-sync-once.service"));
        for (String line : HARDENING) {
            assertThat(scheduled.lines()).as("zhicheng-sync.service").contains(line);
            assertThat(once.lines()).as("zhicheng-sync-once.service").contains(line);
        }
        assertThat(scheduled.lines()).contains("Restart=on-failure", "ExecStart=/opt/zhicheng-sync/bin/zhicheng-sync",
                "Conflicts=zhicheng-sync-once.service");
        // exit code 2 (something waits for an operator) is a normal outcome of a cycle; 1 fails the unit
        assertThat(once.lines()).contains("Type=oneshot", "ExecStart=/opt/zhicheng-sync/bin/zhicheng-sync --once",
                "SuccessExitStatus=2", "Conflicts=zhicheng-sync.service");
        assertThat(Files.isExecutable(Path.of("src/release/bin/zhicheng-sync"))).isTrue();
    }
}

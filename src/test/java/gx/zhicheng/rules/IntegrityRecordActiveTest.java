package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegrityRecordActiveTest {

    private final IntegrityRecordActive rule = new IntegrityRecordActive();

    /** Declared on 2022-07-15. */
    @ParameterizedTest(name = "recorded {0}, expires {1} -> fires {2}")
    @CsvSource({
            "2022-07-15, 2025-07-15, true",
            "2022-07-16, 2025-07-16, false",
            "2019-07-15, 2022-07-15, false",
            "2019-07-16, 2022-07-16, true",
            "2018-01-01, 2021-01-01, false"})
    void rejectsWhileAnArchiveEntryIsInItsRecordPeriod(LocalDate recordedOn, LocalDate expiresOn, boolean fires) {
        Fixture f = Fixture.valid();
        f.archive.add(new ArchiveEntry("A-1", f.idNumber, "张三", "GX2019-1", "填报虚假工作经历", recordedOn, expiresOn));
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.REJECT);
            assertThat(x.evidence().get("entries")).isEqualTo(List.of(Map.of("entryId", "A-1",
                    "reason", "填报虚假工作经历", "recordedOn", recordedOn.toString(), "expiresOn", expiresOn.toString())));
        });
    }
}

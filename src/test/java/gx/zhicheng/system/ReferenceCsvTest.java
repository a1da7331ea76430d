package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format every reference file of config/ shares: what it skips, and errors that name the line. */
class ReferenceCsvTest {

    private static List<ReferenceCsv.Row> read(String text) throws IOException {
        return ReferenceCsv.read(new StringReader(text), "test.csv", "a,b,c");
    }

    @Test
    void skipsCommentsBlankLinesAndTheByteOrderMarkAndStripsFields() throws IOException {
        List<ReferenceCsv.Row> rows = read("\uFEFF# the offices\na,b,c\n\n 1 , 二 ,\n# end\nx,y,z\n");

        assertThat(rows).extracting(ReferenceCsv.Row::fields).containsExactly(List.of("1", "二", ""), List.of("x", "y", "z"));
        assertThat(rows).extracting(ReferenceCsv.Row::line).containsExactly(4, 6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another header                 | 'a,b\\n1,2,3'     | test.csv line 1: expected header a,b,c
            a row with too few fields      | 'a,b,c\\n1,2'     | test.csv line 2: expected 3 fields, found 2
            a row with a comma in a field  | 'a,b,c\\n1,2,3,4' | test.csv line 2: expected 3 fields, found 4
            """)
    void refusesWithTheLineThatIsWrong(String what, String text, String message) {
        assertThatThrownBy(() -> read(text.replace("\\n", "\n"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void anEmptyFileHasNoRows() throws IOException {
        assertThat(read("")).isEmpty();
    }
}

package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployerMatchTest {

    @ParameterizedTest(name = "[{0}|{1}] vs [{2}|{3}] -> {4}")
    @CsvSource(nullValues = "NULL", value = {
            // both codes present: the codes decide, whatever the names
            "91350100M000100Y43, 甲公司, 91350100M000100Y43, 乙公司, true",
            "91350100M000100Y43, 甲公司, 91451400MA5N000012, 甲公司, false",
            // a code missing on either side: the names decide
            "NULL, 甲公司, 91451400MA5N000012, 甲公司, true",
            "91350100M000100Y43, 甲公司, NULL, 乙公司, false",
            "'', 崇左市某公司（江州）, NULL, 崇左市某公司(江州), true",
            "NULL, 崇左市 某公司 (江州), NULL, 崇左市某公司（江州）, true",
            "NULL, '崇左市\u3000某公司', NULL, 崇左市某公司, true",
            "NULL, 崇左市某公司, NULL, 崇左市某有限公司, false",
            "NULL, NULL, NULL, NULL, false"})
    void matchesByCreditCodeElseByNormalizedName(String codeA, String nameA, String codeB, String nameB, boolean expected) {
        assertThat(EmployerMatch.matches(codeA, nameA, codeB, nameB)).isEqualTo(expected);
    }
}

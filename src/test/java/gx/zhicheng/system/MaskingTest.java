package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of ID and mobile numbers people write, and what must stay as it is. */
class MaskingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            电话13800138000                    | 电话138****8000
            电话 138-0013-8000                 | 电话 138****8000
            电话 138 0013 8000                 | 电话 138****8000
            +8613800138000                     | +86138****8000
            8613800138000                      | 86138****8000
            +86 138-0013-8000                  | +86 138****8000
            008613800138000                    | 0086138****8000
            身份证451402198603141263            | 身份证4514*************3
            身份证45140219860314126X            | 身份证4514*************X
            130102199001011234                 | 1301*************4
            旧身份证451402860314126             | 旧身份证4514**********6
            declaration GX2022-0001001          | declaration GX2022-0001001
            landline 0771-5681234              | landline 0771-5681234
            receipt 12345678901234567890        | receipt 12345678901234567890
            a 12-digit order 123456789012       | a 12-digit order 123456789012
            """)
    void masksIdAndMobileNumbersInEveryCommonForm(String text, String masked) {
        assertThat(Masking.idAndPhoneNumbers(text)).isEqualTo(masked);
        assertThat(Masking.mask(text)).isEqualTo(masked);
    }
}

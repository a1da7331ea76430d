package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.AttachmentType;
import gx.zhicheng.rules.Declaration.CurrentTitle;
import gx.zhicheng.rules.Declaration.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutOfProvinceTitleNotReconfirmedTest {

    private final OutOfProvinceTitleNotReconfirmed rule = new OutOfProvinceTitleNotReconfirmed();

    @ParameterizedTest(name = "in Guangxi {0}, title series {1}, reconfirmed {2}, attached {3} -> fires {4}")
    @CsvSource(nullValues = "NULL", value = {
            "false, ENGINEERING, NULL,  false, true",
            "false, ENGINEERING, false, false, true",
            "false, ENGINEERING, true,  false, false",
            "false, ENGINEERING, NULL,  true,  false",
            "false, ECONOMICS,   NULL,  false, false",
            "true,  ENGINEERING, NULL,  false, false",
            "NULL,  ENGINEERING, NULL,  false, false"})
    void returnsWhenAnOutOfProvinceTitleIsNotReconfirmed(Boolean inGuangxi, String titleSeries, Boolean reconfirmed,
                                                         boolean attached, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.currentTitle = new CurrentTitle(Level.INTERMEDIATE, titleSeries, null, inGuangxi, reconfirmed);
            return x;
        });
        if (attached) {
            f.attach(AttachmentType.TITLE_RECONFIRMATION);
        }
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> assertThat(x.outcome()).isEqualTo(Outcome.RETURN));
    }
}

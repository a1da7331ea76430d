package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Against the real config/offices.csv (attachment 3 of the notice). */
class OfficeDirectoryTest {

    private static final OfficeDirectory OFFICES = OfficeDirectory.load(Path.of("config/offices.csv"));

    @ParameterizedTest(name = "region {0}, {1}/{2} -> {3}")
    @CsvSource(nullValues = "NULL", value = {
            "451421, HEALTH,                    NULL,   扶绥县职改办",
            "451422, ENGINEERING,               住建,   宁明县职改办",
            "451423, ACCOUNTING,                NULL,   龙州县职改办",
            "451424, ACCOUNTING,                NULL,   大新县职改办",
            "451425, ACCOUNTING,                NULL,   天等县职改办",
            "451481, ACCOUNTING,                NULL,   凭祥市职改办",
            "451402, ACCOUNTING,                NULL,   江州区职改办",
            "451400, HEALTH,                    NULL,   市卫生健康委",
            "NULL,   ENGINEERING,               住建,   市住建局",
            "NULL,   ENGINEERING,               自然资源, 市自然资源局",
            "NULL,   ENGINEERING,               交通运输, 市交通运输局",
            "NULL,   ENGINEERING,               水利水电, 市水利局",
            "NULL,   ENGINEERING,               生态环境, 市生态环境局",
            "NULL,   ENGINEERING,               农业,   市工信局",
            "NULL,   ENGINEERING,               NULL,   市工信局",
            "NULL,   ECONOMICS,                 NULL,   市工信局",
            "NULL,   ECONOMICS,                 农业,   市农业农村局",
            "NULL,   AGRICULTURE,               NULL,   市农业农村局",
            "NULL,   PRIMARY_SECONDARY_TEACHER, NULL,   市教育局",
            "NULL,   SECONDARY_VOCATIONAL_TEACHER, NULL, 市教育局",
            "NULL,   EXPERIMENT_TECHNOLOGY,     NULL,   市教育局",
            "NULL,   TECHNICAL_SCHOOL_TEACHER,  NULL,   市职业技能鉴定指导中心",
            "NULL,   LIBRARY,                   NULL,   市文化和旅游局（体育局）",
            "NULL,   CULTURAL_RELICS,           NULL,   市文化和旅游局（体育局）",
            "NULL,   ART,                       NULL,   市文化和旅游局（体育局）",
            "NULL,   SPORTS,                    NULL,   市文化和旅游局（体育局）",
            "NULL,   MASS_CULTURE,              NULL,   市文化和旅游局（体育局）",
            "NULL,   JOURNALISM,                NULL,   市委宣传部",
            "NULL,   BROADCASTING,              NULL,   市委宣传部",
            "NULL,   PUBLISHING,                NULL,   市委宣传部",
            "NULL,   ARCHIVES,                  NULL,   市档案局",
            "NULL,   PARTY_SCHOOL,              NULL,   市委党校",
            "NULL,   ACCOUNTING,                NULL,   市财政局",
            "NULL,   AUDIT,                     NULL,   市审计局",
            "NULL,   STATISTICS,                NULL,   市统计局",
            "NULL,   ARTS_AND_CRAFTS,           NULL,   市二轻联社",
            "NULL,   TRANSLATION,               NULL,   市外事和边境事务局",
            "NULL,   LAWYER,                    NULL,   市司法局",
            "NULL,   NOTARY,                    NULL,   市司法局",
            "NULL,   NATURAL_SCIENCE_RESEARCH,  NULL,   市科技局",
            "NULL,   SOCIAL_SCIENCE_RESEARCH,   NULL,   市社科联",
            "NULL,   UNDERWATER_BASKETRY,       NULL,   崇左市职改办",
            "NULL,   NULL,                      NULL,   崇左市职改办"})
    void choosesCountyOfficeThenIndustryThenSeriesThenCityOffice(String region, String series, String industry,
                                                                  String expected) {
        Fixture f = Fixture.valid().with(x -> {
            x.employer = new Declaration.Employer("某单位", Fixture.CREDIT_CODE, true, region);
            x.series = series;
            x.industry = industry;
            return x;
        });
        assertThat(OFFICES.officeFor(f.declaration()).name()).isEqualTo(expected);
    }

    @Test
    void holdsEveryRowOfAttachment3WithPhoneAndAddress() {
        assertThat(OFFICES.all()).hasSize(31).allSatisfy(o -> {
            assertThat(o.phone()).matches("0771-\\d{7}(、0771-\\d{7})*");
            assertThat(o.address()).isNotBlank();
        });
        assertThat(OFFICES.all()).contains(
                new ReviewOffice("崇左市职改办", "0771-7968335", "崇左市友谊大道20号崇左市人社局608室"),
                new ReviewOffice("中泰崇左产业园区", "0771-7823030", "崇左市江州区工业大道1号"),
                new ReviewOffice("市司法局", "0771-7968272、0771-7836512", "崇左市江州区丽川路14号"));
    }

    @Test
    void sendsAFreelancerByTheSeries() {
        assertThat(OFFICES.officeFor(Fixture.freelancer().with(x -> { x.series = "AUDIT"; return x; }).declaration()))
                .isEqualTo(new ReviewOffice("市审计局", "0771-7968395", "崇左市江州区德天路14号"));
    }

    @Test
    void refusesADirectoryWithoutHeaderOrFallback() {
        assertThatThrownBy(() -> OfficeDirectory.read(new StringReader("a,b,c\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeDirectory.read(new StringReader(OfficeDirectory.HEADER + "\nHEALTH,卫生系列,市卫生健康委,1,地址,,HEALTH\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesEveryOfficeAStableUniqueCodeAndTheCityOfficeIsTheFallback() {
        assertThat(OFFICES.listed()).hasSize(31).allSatisfy(o -> assertThat(o.code()).matches("[A-Z][A-Z0-9_]*"));
        assertThat(OFFICES.listed().stream().map(OfficeDirectory.Listed::code).distinct()).hasSize(31);
        assertThat(OFFICES.cityCode()).isEqualTo("CITY");
        assertThat(OFFICES.listed("LONGZHOU")).contains(new OfficeDirectory.Listed("LONGZHOU", "龙州县职改办"));
        assertThat(OFFICES.listed("HEALTH_COMMISSION")).contains(new OfficeDirectory.Listed("HEALTH_COMMISSION", "市卫生健康委"));
        assertThat(OFFICES.codeFor("451423", "HEALTH", null)).isEqualTo("LONGZHOU");
        assertThat(OFFICES.codeFor(null, "ENGINEERING", "住建")).isEqualTo("HOUSING");
        assertThat(OFFICES.codeFor(null, null, null)).isEqualTo("CITY");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CITY,崇左市职改办,d,1,a,,*\\nlz,龙州县职改办,d,1,a,451423,                    | the office code must be",
            "CITY,崇左市职改办,d,1,a,,*\\n,龙州县职改办,d,1,a,451423,                      | the office code must be",
            "CITY,崇左市职改办,d,1,a,,*\\nCITY,龙州县职改办,d,1,a,451423,                  | appears twice",
            "CITY,崇左市职改办,d,1,a,,*\\nLONGZHOU,龙州县职改办,d,1,a,451423,*             | exactly one fallback row"})
    void refusesAMalformedOrRepeatedCodeAndASecondFallback(String rows, String problem) {
        assertThatThrownBy(() -> OfficeDirectory.read(new StringReader(OfficeDirectory.HEADER + "\n"
                + rows.replace("\\n", "\n") + "\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The one readable source of the bundled mock data (WireMock root mocks/) and of the expected pre-review
 * outcomes (src/test/resources/samples/expected-outcomes.csv).
 *
 * <p>Run from the project root: {@code java mocks/generator/GenerateMocks.java}. JDK 17, no dependencies,
 * deterministic (no randomness, no current date): running it twice gives byte-identical files.
 *
 * <p>Adding a case = adding one entry to {@link #CASES}. Each entry carries the declaration, what the SI and
 * CE feeds and the integrity archive know about the person, and the expected outcome and findings worked out
 * by hand from docs/contract/rules.md (every rule is evaluated on every declaration: one-time notification).
 *
 * <p>By default a person's SI rows are derived from the declared work history (one unit row per month of each
 * non-freelance entry, a FLEXIBLE_EMPLOYMENT row per month of each freelance entry), from {@link #SI_FROM}
 * to {@link #SI_TO}; cases about SI discrepancies edit those rows (siDrop, siReplace, siArrears, siUntil,
 * siSegments).
 * By default CE has full hours for 2020 and 2021 and the 2022 public-subject exam passed.
 */
public class GenerateMocks {

    // ------------------------------------------------------------------------------------------------
    // Check characters
    // ------------------------------------------------------------------------------------------------

    /** GB 11643-1999 weights for the first 17 characters of a resident ID number. */
    static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** ISO 7064 MOD 11-2: check character for (sum mod 11) = index. */
    static final String ID_CHECK = "10X98765432";

    static char idCheck(String first17) {
        if (!first17.matches("[0-9]{17}")) throw new IllegalArgumentException("ID body: " + first17);
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        return ID_CHECK.charAt(sum % 11);
    }

    /** A valid resident ID: region (6) + birth date yyyyMMdd + sequence (3 digits, odd for men) + check. */
    static String id(String region, String birth, int seq, char sex) {
        LocalDate.parse(birth.substring(0, 4) + "-" + birth.substring(4, 6) + "-" + birth.substring(6)); // real date
        if (seq < 0 || seq > 999) throw new IllegalArgumentException("seq " + seq);
        if ((seq % 2 == 1) != (sex == 'M')) throw new IllegalArgumentException("sequence parity does not match sex: " + seq + sex);
        String body = region + birth + String.format("%03d", seq);
        return body + idCheck(body);
    }

    /** The valid ID with the smallest sequence of the right sex whose check character is X. */
    static String idEndingInX(String region, String birth, char sex) {
        for (int seq = sex == 'M' ? 1 : 0; seq <= 999; seq += 2) {
            String v = id(region, birth, seq, sex);
            if (v.endsWith("X")) return v;
        }
        throw new IllegalStateException("no X");
    }

    /** The same ID with a wrong check character (the next one in the MOD 11-2 table). */
    static String withWrongIdCheck(String valid) {
        char c = valid.charAt(17);
        char wrong = ID_CHECK.charAt((ID_CHECK.indexOf(c) + 1) % 11);
        return valid.substring(0, 17) + wrong;
    }

    /** GB 32100-2015 alphabet: each character's value is its index. */
    static final String CC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] CC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static char creditCheck(String first17) {
        if (first17.length() != 17) throw new IllegalArgumentException("credit body length: " + first17);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CC_ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) throw new IllegalArgumentException("credit code character '" + first17.charAt(i) + "' in " + first17);
            sum += v * CC_WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CC_ALPHABET.charAt(c == 31 ? 0 : c);
    }

    static String creditCode(String first17) {
        return first17 + creditCheck(first17);
    }

    static boolean creditCodeValid(String code) {
        return code != null && code.length() == 18 && code.chars().allMatch(ch -> CC_ALPHABET.indexOf(ch) >= 0)
                && creditCheck(code.substring(0, 17)) == code.charAt(17);
    }

    /** The same code with a wrong check character (the next one in the alphabet). */
    static String withWrongCreditCheck(String valid) {
        char c = valid.charAt(17);
        return valid.substring(0, 17) + CC_ALPHABET.charAt((CC_ALPHABET.indexOf(c) + 1) % 31);
    }

    // ------------------------------------------------------------------------------------------------
    // Units (employers): one constant each, with the SI employer type the SI feed reports for it
    // ------------------------------------------------------------------------------------------------

    record Org(String name, String creditCode, String siType, String scheme, String regionCode, boolean legalPerson) {}

    /** prefix: 12 public institution, 11 government agency, 91 enterprise, 92 individual business, 51 social organization. */
    static Org org(String name, String prefix, String region6, String body9, String siType, String regionCode, boolean legal) {
        String scheme = siType.equals("PUBLIC_INSTITUTION") || siType.equals("GOVERNMENT_AGENCY")
                ? "AGENCY_AND_INSTITUTION" : "ENTERPRISE_EMPLOYEE";
        return new Org(name, creditCode(prefix + region6 + body9), siType, scheme, regionCode, legal);
    }
    static Org pub(String name, String region6, String body9) { return org(name, "12", region6, body9, "PUBLIC_INSTITUTION", region6, true); }
    static Org gov(String name, String region6, String body9) { return org(name, "11", region6, body9, "GOVERNMENT_AGENCY", region6, true); }
    static Org ent(String name, String region6, String body9) { return org(name, "91", region6, body9, "ENTERPRISE", region6, true); }

    // city-level units carry regionCode 451400 (not a county-level division: reviewOffice goes by series)
    static final Org RMYY = pub("崇左市人民医院", "451400", "498500217");
    static final Org JZZY = pub("崇左市江州区中医医院", "451402", "498501033");
    static final Org LZRY = pub("龙州县人民医院", "451423", "498520410");
    static final Org TDRY = pub("天等县人民医院", "451425", "498531287");
    static final Org PXRY = pub("凭祥市人民医院", "451481", "498540156");
    static final Org HYZX = pub("衡阳市中心医院", "430400", "444870129");
    static final Org FSYZ = pub("扶绥县第一中学", "451421", "498602745");
    static final Org TDEZ = pub("天等县第二中学", "451425", "498633018");
    static final Org NMZX = pub("宁明县宁明中学", "451422", "498621594");
    static final Org NMNJ = pub("宁明县农业技术推广站", "451422", "498625302");
    static final Org DXNJ = pub("大新县农业技术推广中心", "451424", "498651247");
    static final Org LZXM = pub("龙州县水产畜牧兽医站", "451423", "498661385");
    static final Org LZNJ = pub("龙州县农业技术推广站", "451423", "498662049");
    static final Org SLSJ = pub("崇左市水利电力勘测设计院", "451400", "498710362");
    static final Org CZCH = pub("崇左市测绘院", "451400", "498720155");
    static final Org JZCG = pub("崇左市江州区城市管理服务中心", "451402", "MB1H5237Q");
    static final Org NMZR = gov("宁明县自然资源局", "451422", "007710254");
    static final Org JZSL = gov("崇左市江州区水利局", "451402", "007702318");
    static final Org CTJT = ent("崇左市城市建设投资发展集团有限公司", "451400", "MA5KQ3T21");
    static final Org JTTZ = ent("崇左市交通投资集团有限公司", "451400", "MA5KR8W4X");
    static final Org NFSN = ent("广西崇左南方水泥有限公司", "451402", "662119458");
    static final Org ZLSG = ent("崇左市自来水有限责任公司", "451400", "199871023");
    static final Org JZJZ = ent("崇左市江州区建筑工程有限公司", "451402", "MA5L0BC27");
    static final Org FSHD = ent("扶绥县宏达建筑工程有限公司", "451421", "MA5KUD9G3");
    static final Org PXWM = ent("凭祥市友谊关外贸有限公司", "451481", "MA5N2H7K1");
    static final Org PXWT = ent("凭祥市万通国际物流有限公司", "451481", "MA5L7E3M8");
    static final Org HSMY = ent("崇左市江州区恒盛贸易有限公司", "451402", "MA5KW2N6P");
    static final Org HTLW = ent("崇左市江州区宏泰劳务派遣有限公司", "451402", "MA5L3RTA9");
    static final Org FSNK = ent("扶绥县新宁农业科技有限公司", "451421", "MA5KYF4B6");
    static final Org DXHF = ent("大新县恒丰农业开发有限公司", "451424", "MA5L5CJ07");
    static final Org CZLQ = ent("崇左市路桥工程有限公司", "451400", "MA5KTB8D2");
    static final Org GDCD = ent("广东省长大公路工程有限公司", "440000", "190334682");
    /** The example code published in GB 32100-2015 / rules.md, used as a real employer's code. */
    static final Org FJRM = new Org("福建省榕闽建设工程有限公司", "91350100M000100Y43", "ENTERPRISE", "ENTERPRISE_EMPLOYEE", "350100", true);
    /** A branch (分公司) without independent legal personality: it has its own code and pays SI itself. */
    static final Org JGWJ = org("广西建工集团第五建筑工程有限责任公司崇左分公司", "91", "451402", "MA5KX6E1R", "ENTERPRISE", "451402", false);
    static final Org JZXH = org("崇左市建筑业协会", "51", "451400", "MJY265301", "SOCIAL_ORGANIZATION", "451400", true);
    static final Org PXHY = org("凭祥市鸿运红木家具店", "92", "451481", "MA5KAU2E4", "INDIVIDUAL_BUSINESS", "451481", true);

    // ------------------------------------------------------------------------------------------------
    // The case table
    // ------------------------------------------------------------------------------------------------

    static final String PASS = "PASS", RETURN = "RETURN", VERIFY = "VERIFY", REJECT = "REJECT", NONE = "NONE", PARKED = "PARKED",
            AWAITING = "AWAITING_UNIT";
    static final String PUBLIC_INSTITUTION = "PUBLIC_INSTITUTION", STATE_ENTERPRISE = "STATE_ENTERPRISE",
            PRIVATE_ENTERPRISE = "PRIVATE_ENTERPRISE", SOCIAL_ORGANIZATION = "SOCIAL_ORGANIZATION",
            INDIVIDUAL_BUSINESS = "INDIVIDUAL_BUSINESS", FREELANCER = "FREELANCER", GOVERNMENT_AGENCY = "GOVERNMENT_AGENCY",
            CIVIL_SERVICE_MANAGED_INSTITUTION = "CIVIL_SERVICE_MANAGED_INSTITUTION";

    // two people with two declarations each
    static final String ID_WEI_ZHENYU = id("451421", "19880315", 79, 'M');
    static final String ID_HUANG_ZHIWEI = id("451481", "19860209", 15, 'M');
    static final String ID_LI_WENJIE = id("451421", "19890127", 57, 'M');

    static final List<Case> CASES = List.of(
        // ---------- clean PASS cases and boundaries where a rule must NOT fire ----------
        c("GX2022-0001001", "clean PASS: public institution (city hospital)", PASS, "")
            .who("黄丽娟", id("451402", "19860314", 126, 'F'), "13877101256").on("2022-06-08", "10:15:30").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, RMYY).series("HEALTH", null, "内科学（心血管内科）").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2015-12-20").edu("本科", "2009-06-30")
            .work(w(RMYY, "2009-08", null, "住院医师")).att("OTHER"),
        c("GX2022-0001002", "clean PASS: state enterprise; first month of new job without SI row is no gap", PASS, "")
            .who("覃志强", id("452122", "19830705", 153, 'M'), "15977123408").on("2022-06-09", "09:20:11")
            .as(STATE_ENTERPRISE, CTJT).series("ENGINEERING", "住建", "建筑工程施工").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2012-11-30").edu("大专", "2006-06-30")
            .work(w(FSHD, "2006-07", "2019-02", "施工员"), w(CTJT, "2019-03", null, "工程部技术员"))
            .siDrop("2019-03", "2019-03"),
        c("GX2022-0001003", "clean PASS: private enterprise, long continuous SI (version 2)", PASS, "")
            .who("陆建新", id("451402", "19850212", 31, 'M'), "18977145620").on("2022-06-10", "15:42:03").version(2, "2022-06-18T11:05:47+08:00")
            .status("UNIT_RECOMMENDED")
            .as(PRIVATE_ENTERPRISE, JZJZ).series("ENGINEERING", "住建", "建筑工程施工").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2015-12-25").edu("本科", "2008-06-30")
            .work(w(JZJZ, "2008-07", null, "技术负责人")).att("OTHER"),
        c("GX2022-0001004", "clean PASS: freelancer with only FLEXIBLE_EMPLOYMENT rows", PASS, "")
            .who("农秀英", id("451423", "19840916", 242, 'F'), "13737190512").on("2022-06-13", "16:30:00")
            .as(FREELANCER, null).series("ARTS_AND_CRAFTS", null, "壮锦设计").level("INTERMEDIATE")
            .title("ASSISTANT", "ARTS_AND_CRAFTS", "2016-12-30").edu("大专", "2005-06-30")
            .work(free("2012-03", null, "自由职业（壮锦设计制作）")).att("OTHER"),
        c("GX2022-0001005", "clean PASS: valid ID number ending in X (county school teacher)", PASS, "")
            .who("韦秋梅", idEndingInX("451421", "19880923", 'F'), "13977188046").on("2022-06-14", "08:55:40").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, FSYZ).series("PRIMARY_SECONDARY_TEACHER", null, "高中数学").level("INTERMEDIATE")
            .title("ASSISTANT", "PRIMARY_SECONDARY_TEACHER", "2015-09-01").edu("本科", "2011-06-30")
            .work(w(FSYZ, "2011-08", null, "数学教师")),
        c("GX2022-0001006", "clean PASS: published example credit code 91350100M000100Y43 as employer code", PASS, "")
            .who("陈志明", id("452130", "19820418", 17, 'M'), "15078112693").on("2022-06-15", "10:02:19")
            .as(PRIVATE_ENTERPRISE, FJRM).series("ENGINEERING", "住建", "市政工程").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2014-10-15").edu("本科", "2010-06-30")
            .work(w(FJRM, "2010-07", null, "项目技术负责人（崇左项目部）")),
        c("GX2022-0001007", "private enterprise: M-6..M-1 covered, M-7 missing (no PRIVATE_SI_CONTINUITY)", PASS, "")
            .who("梁晓燕", id("451481", "19900611", 84, 'F'), "18877163305").on("2022-06-20", "14:11:52")
            .as(PRIVATE_ENTERPRISE, PXWM).series("ACCOUNTING", null, "会计").level("INTERMEDIATE")
            .title("ASSISTANT", "ACCOUNTING", "2016-05-21").edu("本科", "2012-06-30")
            .work(w(HSMY, "2012-07", "2021-10", "会计"), w(PXWM, "2021-12", null, "财务主管")),
        c("GX2022-0001008", "freelancer whose last unit row is M-6 (no FREELANCER_UNIT_CONTRIBUTIONS)", PASS, "")
            .who("黄志刚", id("451481", "19870127", 55, 'M'), "13617719824").on("2022-06-16", "17:20:05")
            .as(FREELANCER, null).series("TRANSLATION", null, "越南语").level("INTERMEDIATE")
            .title("ASSISTANT", "TRANSLATION", "2015-11-20").edu("本科", "2010-06-30")
            .work(w(PXWT, "2010-07", "2021-12", "报关翻译"), free("2022-01", null, "自由职业（越南语翻译）")),
        c("GX2022-0001009", "prior-year CE exactly 90 hours with 60 professional (no PRIOR_YEAR_CE_HOURS_LOW)", PASS, "")
            .who("陆海燕", id("451422", "19881030", 68, 'F'), "15177142286").on("2022-06-17", "09:48:33").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, NMNJ).series("AGRICULTURE", null, "农学（植物保护）").level("INTERMEDIATE")
            .title("ASSISTANT", "AGRICULTURE", "2016-08-30").edu("本科", "2011-06-30")
            .work(w(NMNJ, "2011-07", null, "农业技术员")).ce2021(30, 60),
        c("GX2022-0001010", "prior-year CE hours low only: PASS with INFO", PASS, "PRIOR_YEAR_CE_HOURS_LOW")
            .who("农建国", id("452124", "19800801", 39, 'M'), "13907718831").on("2022-06-21", "10:30:00")
            .as(STATE_ENTERPRISE, NFSN).series("ECONOMICS", null, "工商管理").level("INTERMEDIATE")
            .title("ASSISTANT", "ECONOMICS", "2013-11-02").edu("本科", "2003-06-30")
            .work(w(NFSN, "2008-03", null, "企业管理部主管")).ce2021(20, 36),
        c("GX2022-0001011", "civil-service-managed institution within transition period: PASS with INFO", PASS, "CIVIL_SERVICE_TRANSITION")
            .who("李春华", id("451424", "19850321", 106, 'F'), "18778109342").on("2022-06-22", "11:12:45").status("UNIT_RECOMMENDED")
            .as(CIVIL_SERVICE_MANAGED_INSTITUTION, DXNJ).series("AGRICULTURE", null, "农业技术推广").level("INTERMEDIATE")
            .title("ASSISTANT", "AGRICULTURE", "2014-12-01").edu("本科", "2008-06-30")
            .work(w(DXNJ, "2008-08", null, "农业技术员")).transitionUntil("2023-12-31"),
        c("GX2022-0001012", "man over 60 with retirement extension approved and approval attached", PASS, "")
            .who("何国平", id("452122", "19610820", 11, 'M'), "13807711265").on("2022-06-23", "15:00:21").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, SLSJ).series("ENGINEERING", "水利水电", "水利水电工程").level("SENIOR")
            .title("DEPUTY_SENIOR", "ENGINEERING", "2009-12-28").edu("本科", "1983-07-01")
            .work(w(SLSJ, "1983-08", null, "总工程师")).extensionClaimed().att("RETIREMENT_EXTENSION_APPROVAL"),
        c("GX2022-0001013", "woman aged 57 with deputy-senior title in public institution retires at 60", PASS, "")
            .who("罗美玲", id("452130", "19641105", 22, 'F'), "13977101887").on("2022-06-24", "09:31:10").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, RMYY).series("HEALTH", null, "妇产科学").level("SENIOR")
            .title("DEPUTY_SENIOR", "HEALTH", "2012-12-20").edu("本科", "1987-07-01")
            .work(w(RMYY, "1987-08", null, "妇产科副主任")),
        c("GX2022-0001014", "integrity archive entry expiring on declaredOn (not active)", PASS, "")
            .who("梁志军", id("451402", "19840519", 73, 'M'), "15878107726").on("2022-06-15", "16:44:38")
            .as(STATE_ENTERPRISE, JTTZ).series("ENGINEERING", "交通运输", "道路与桥梁工程").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2012-09-10").edu("本科", "2007-06-30")
            .work(w(JTTZ, "2007-07", null, "技术员"))
            .archive("2019-06-15", "2022-06-15", null, "2019年度职称申报提供虚假业绩材料，经核实记入职称评审诚信档案库"),
        c("GX2022-0001015", "out-of-province title already reconfirmed in Guangxi", PASS, "")
            .who("张伟", id("451402", "19830217", 93, 'M'), "18607713325").on("2022-06-27", "10:25:16")
            .as(PRIVATE_ENTERPRISE, CZLQ).series("ENGINEERING", "交通运输", "道路与桥梁工程").level("DEPUTY_SENIOR")
            .titleOutOfProvince("INTERMEDIATE", "ENGINEERING", "2014-12-20", true).edu("本科", "2006-06-30")
            .work(w(GDCD, "2006-07", "2018-09", "工程师"), w(CZLQ, "2018-10", null, "总工程师")).att("TITLE_RECONFIRMATION"),
        c("GX2022-0001016", "former name and identity change with household register page attached", PASS, "")
            .who("韦美玲", id("451425", "19890408", 44, 'F'), "13768119036").former("韦美林").on("2022-06-28", "11:37:09")
            .as(PUBLIC_INSTITUTION, TDRY).series("HEALTH", null, "护理学").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2015-05-20").edu("大专", "2010-06-30")
            .work(w(TDRY, "2010-08", null, "护士")).identityChanged().att("HOUSEHOLD_REGISTER_PAGE"),
        c("GX2022-0001017", "SI differs below thresholds: 2 conflict months, 5 gap months", PASS, "")
            .who("覃海军", id("451421", "19861203", 57, 'M'), "15994418271").on("2022-06-29", "08:40:27")
            .as(STATE_ENTERPRISE, NFSN).series("ENGINEERING", null, "机械工程").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2014-11-30").edu("本科", "2009-06-30")
            .work(w(NFSN, "2009-07", null, "设备工程师"))
            .siDrop("2018-03", "2018-07").siReplace(HTLW, "2020-09", "2020-10"),
        c("GX2022-0001018", "clean PASS: social organization, declared in July", PASS, "")
            .who("冯晓丽", id("451402", "19900225", 128, 'F'), "18376124590").on("2022-07-05", "09:10:44")
            .as(SOCIAL_ORGANIZATION, JZXH).series("ECONOMICS", null, "工商管理").level("INTERMEDIATE")
            .title("ASSISTANT", "ECONOMICS", "2016-11-05").edu("本科", "2012-06-30")
            .work(w(JZXH, "2012-07", null, "秘书处干事")),
        c("GX2022-0001019", "clean PASS: individual business", PASS, "")
            .who("黄永福", id("451481", "19860718", 35, 'M'), "13878182247").on("2022-07-06", "14:22:36")
            .as(INDIVIDUAL_BUSINESS, PXHY).series("ARTS_AND_CRAFTS", null, "木雕（红木家具设计）").level("INTERMEDIATE")
            .title("ASSISTANT", "ARTS_AND_CRAFTS", "2016-10-18").edu("大专", "2007-06-30")
            .work(w(PXHY, "2009-03", null, "设计师")),
        c("GX2022-0001020", "disciplinary period over; sanction period ended the day before declaredOn", PASS, "")
            .who("李秋菊", id("451424", "19870914", 86, 'F'), "15807718860").on("2022-06-30", "10:05:50").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, JZZY).series("HEALTH", null, "中医学").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2015-12-20").edu("本科", "2010-06-30")
            .work(w(JZZY, "2010-08", null, "中医师")).disciplinaryUntil("2021-12-31").sanctionUntil("2022-06-29"),

        // ---------- one rule each ----------
        c("GX2022-0001021", "ID number with wrong check character", RETURN, "ID_NUMBER_INVALID")
            .who("黄文斌", withWrongIdCheck(id("451402", "19890522", 19, 'M')), "13481127735").on("2022-06-08", "11:02:17")
            .as(STATE_ENTERPRISE, NFSN).series("ECONOMICS", null, "财务管理").level("INTERMEDIATE")
            .title("ASSISTANT", "ECONOMICS", "2015-11-07").edu("本科", "2011-06-30")
            .work(w(NFSN, "2011-07", null, "财务部科员")).siNone().ceNone(),
        c("GX2022-0001022", "employer credit code with wrong check character", RETURN, "CREDIT_CODE_INVALID")
            .who("陆志勇", id("451421", "19840627", 51, 'M'), "18977109912").on("2022-06-09", "14:35:02")
            .as(STATE_ENTERPRISE, ZLSG).employerCreditCode(withWrongCreditCheck(ZLSG.creditCode()))
            .series("ENGINEERING", "住建", "给水排水工程").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2014-12-01").edu("本科", "2008-06-30")
            .work(wNoCode(ZLSG, "2008-07", null, "水质工程师")),
        c("GX2022-0001023", "no employer for a private-enterprise declaration", RETURN, "EMPLOYER_MISSING")
            .who("农丽萍", id("451421", "19900408", 62, 'F'), "13517716654").on("2022-06-10", "09:27:39")
            .as(PRIVATE_ENTERPRISE, null).series("AGRICULTURE", null, "园艺").level("INTERMEDIATE")
            .title("ASSISTANT", "AGRICULTURE", "2016-09-01").edu("本科", "2012-06-30")
            .work(w(FSNK, "2012-07", null, "农艺员")),
        c("GX2022-0001024", "empty work history", RETURN, "WORK_HISTORY_MISSING")
            .who("覃丽华", id("451425", "19870219", 82, 'F'), "15277185043").on("2022-06-13", "10:48:21").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, TDRY).series("HEALTH", null, "医学检验").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2014-06-01").edu("本科", "2009-06-30")
            .work().siSegments(seg(TDRY, "2009-08", null)),
        c("GX2022-0001025", "branch office without independent legal personality as declaring unit", RETURN, "EMPLOYER_NOT_LEGAL_PERSON")
            .who("黄宇", id("451402", "19881109", 37, 'M'), "18172007368").on("2022-06-14", "15:16:54")
            .as(STATE_ENTERPRISE, JGWJ).series("ENGINEERING", "住建", "建筑工程施工").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2015-12-10").edu("本科", "2010-06-30")
            .work(w(JGWJ, "2010-07", null, "项目技术员")),
        c("GX2022-0001026", "civil servant: government agency category", REJECT, "CIVIL_SERVANT")
            .who("冯志华", id("451422", "19840305", 15, 'M'), "13788012574").on("2022-06-15", "09:03:45")
            .as(GOVERNMENT_AGENCY, NMZR).series("ENGINEERING", "自然资源", "测绘工程").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2011-10-20").edu("本科", "2006-06-30")
            .work(w(CZCH, "2006-07", "2012-06", "测绘员"), w(NMZR, "2012-07", null, "科员")),
        c("GX2022-0001027", "civil-service-managed institution, transition period ended before declaredOn", REJECT, "CIVIL_SERVANT")
            .who("苏丽", id("451423", "19860727", 48, 'F'), "15007718193").on("2022-06-10", "16:19:31").status("UNIT_RECOMMENDED")
            .as(CIVIL_SERVICE_MANAGED_INSTITUTION, LZXM).series("AGRICULTURE", null, "畜牧兽医").level("INTERMEDIATE")
            .title("ASSISTANT", "AGRICULTURE", "2014-12-15").edu("本科", "2009-06-30")
            .work(w(LZXM, "2009-08", null, "兽医")).transitionUntil("2022-05-31"),
        c("GX2022-0001028", "freelancer whose latest unit row is a government agency", VERIFY, "CIVIL_SERVANT")
            .who("赵永明", id("452122", "19820112", 75, 'M'), "13977111842").on("2022-06-16", "10:40:08")
            .as(FREELANCER, null).series("ENGINEERING", "水利水电", "水利工程").level("DEPUTY_SENIOR")
            .title("INTERMEDIATE", "ENGINEERING", "2012-12-26").edu("本科", "2004-06-30")
            .work(w(SLSJ, "2004-07", "2016-12", "工程师"), w(JZSL, "2017-01", "2021-11", "科员"),
                  free("2021-12", null, "自由职业（水利工程咨询）")),
        c("GX2022-0001029", "pension already drawn: retired 2022-01-31", REJECT, "RETIRED")
            .who("黎秀珍", id("452130", "19720118", 26, 'F'), "13768106527").on("2022-06-17", "11:58:14")
            .as(STATE_ENTERPRISE, ZLSG).series("ACCOUNTING", null, "会计").level("INTERMEDIATE")
            .title("ASSISTANT", "ACCOUNTING", "2005-05-22").edu("中专", "1991-07-01")
            .work(w(ZLSG, "1991-08", null, "会计")).siUntil("2022-01").pension("RETIRED", "2022-01-31"),
        c("GX2022-0001030", "man who turned 60 on 2022-03-09", REJECT, "RETIREMENT_AGE_REACHED")
            .who("黄国强", id("452126", "19620309", 13, 'M'), "13907718064").on("2022-06-20", "09:14:26").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, LZNJ).series("AGRICULTURE", null, "农学").level("DEPUTY_SENIOR")
            .title("INTERMEDIATE", "AGRICULTURE", "2008-12-20").edu("大专", "1983-07-01")
            .work(w(LZNJ, "1983-08", null, "农艺师")),
        c("GX2022-0001031", "over 60, extension claimed without the approval attachment", REJECT, "RETIREMENT_AGE_REACHED|RETIREMENT_EXTENSION_PROOF_MISSING")
            .who("农振华", id("451423", "19611123", 31, 'M'), "13877186602").on("2022-06-21", "16:03:39").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, JZZY).series("HEALTH", null, "中医内科学").level("SENIOR")
            .title("DEPUTY_SENIOR", "HEALTH", "2008-12-20").edu("本科", "1985-07-01")
            .work(w(JZZY, "1985-08", null, "内科主任")).extensionClaimed(),
        c("GX2022-0001032", "public institution, disciplinary period ends on declaredOn", REJECT, "DISCIPLINARY_PERIOD")
            .who("周建华", id("451425", "19830812", 59, 'M'), "18277113849").on("2022-06-16", "15:37:12").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, TDEZ).series("PRIMARY_SECONDARY_TEACHER", null, "初中语文").level("INTERMEDIATE")
            .title("ASSISTANT", "PRIMARY_SECONDARY_TEACHER", "2009-09-01").edu("本科", "2005-06-30")
            .work(w(TDEZ, "2005-08", null, "语文教师")).disciplinaryUntil("2022-06-16"),
        c("GX2022-0001033", "under investigation, case still open", REJECT, "UNDER_INVESTIGATION_OR_SANCTION")
            .who("刘海涛", id("451402", "19810429", 71, 'M'), "13657713308").on("2022-06-22", "10:21:05")
            .as(STATE_ENTERPRISE, CTJT).series("ECONOMICS", null, "工商管理").level("DEPUTY_SENIOR")
            .title("INTERMEDIATE", "ECONOMICS", "2012-11-04").edu("硕士", "2006-06-30")
            .work(w(HSMY, "2006-07", "2010-02", "业务员"), w(CTJT, "2010-03", null, "投资发展部经理")).underInvestigation(),
        c("GX2022-0001034", "active integrity archive entry (2020-09-18 to 2023-09-18)", REJECT, "INTEGRITY_RECORD_ACTIVE")
            .who("韦德明", id("451402", "19850916", 95, 'M'), "15277107714").on("2022-06-23", "14:48:50")
            .as(PRIVATE_ENTERPRISE, JZJZ).series("ENGINEERING", "住建", "建筑工程施工").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2014-12-25").edu("大专", "2007-06-30")
            .work(w(JZJZ, "2007-07", null, "施工员"))
            .archive("2020-09-18", "2023-09-18", "GX2020-0003417", "2020年度职称申报填报虚假工作经历，经核实记入职称评审诚信档案库"),
        c("GX2022-0001035", "2022 public-subject exam not passed", RETURN, "PUBLIC_SUBJECT_EXAM_MISSING")
            .who("廖晓红", id("451422", "19910304", 66, 'F'), "18775102291").on("2022-06-24", "08:36:23").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, NMZX).series("PRIMARY_SECONDARY_TEACHER", null, "高中英语").level("INTERMEDIATE")
            .title("ASSISTANT", "PRIMARY_SECONDARY_TEACHER", "2017-09-01").edu("本科", "2013-06-30")
            .work(w(NMZX, "2013-08", null, "英语教师")).ce2022(12, 10, false),
        c("GX2022-0001036", "CE feed does not know the person", RETURN, "PUBLIC_SUBJECT_EXAM_MISSING|PRIOR_YEAR_CE_HOURS_LOW")
            .who("陆春生", id("451421", "19890217", 33, 'M'), "13558115527").on("2022-06-27", "17:05:31")
            .as(PRIVATE_ENTERPRISE, FSNK).series("AGRICULTURE", null, "农学").level("ASSISTANT")
            .title("TECHNICIAN", "AGRICULTURE", "2015-08-30").edu("大专", "2011-06-30")
            .work(w(FSNK, "2011-07", null, "技术员")).ceNone(),
        c("GX2022-0001037", "SI feed does not know the person", VERIFY, "SI_RECORD_NOT_FOUND")
            .who("潘小玲", id("451481", "19920806", 24, 'F'), "15778132068").on("2022-06-28", "09:50:47")
            .as(PUBLIC_INSTITUTION, PXRY).series("HEALTH", null, "临床医学").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2017-05-30").edu("本科", "2014-06-30")
            .work(w(PXRY, "2014-08", null, "住院医师")).siNone(),
        c("GX2022-0001038", "private enterprise, unit change at M-3, no explanation attached", RETURN, "PRIVATE_SI_CONTINUITY")
            .who("蒙志勇", id("451421", "19900123", 77, 'M'), "18878119436").on("2022-06-29", "10:12:30")
            .as(PRIVATE_ENTERPRISE, JZJZ).series("ENGINEERING", "住建", "建筑工程施工").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2016-12-30").edu("本科", "2012-06-30")
            .work(w(FSHD, "2012-07", "2022-02", "施工员"), w(JZJZ, "2022-03", null, "技术负责人")),
        c("GX2022-0001039", "private enterprise, unit change at M-4 with explanation attached", VERIFY, "PRIVATE_SI_CONTINUITY")
            .who("黄丽萍", id("451481", "19890610", 46, 'F'), "13481101759").on("2022-06-29", "15:33:18")
            .as(PRIVATE_ENTERPRISE, PXWM).series("ECONOMICS", null, "国际商务").level("INTERMEDIATE")
            .title("ASSISTANT", "ECONOMICS", "2015-11-08").edu("本科", "2011-06-30")
            .work(w(PXWT, "2011-07", "2022-01", "报关员"), w(PXWM, "2022-02", null, "业务主管")).att("UNIT_CHANGE_EXPLANATION"),
        c("GX2022-0001040", "freelancer with unit rows until M-3", RETURN, "FREELANCER_UNIT_CONTRIBUTIONS")
            .who("梁永健", id("451402", "19860402", 91, 'M'), "15907719025").on("2022-06-30", "11:26:44")
            .as(FREELANCER, null).series("ENGINEERING", "住建", "工程造价").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2015-12-25").edu("本科", "2009-06-30")
            .work(w(JZJZ, "2009-07", "2022-03", "造价员"), free("2022-04", null, "自由职业（工程造价咨询）")),
        c("GX2022-0001041", "SI shows another unit for 6 months (conflict months)", VERIFY, "WORK_HISTORY_MISMATCH")
            .who("谭志坚", id("451402", "19840719", 53, 'M'), "13977172614").on("2022-07-04", "09:45:19")
            .as(STATE_ENTERPRISE, NFSN).series("ENGINEERING", null, "材料工程").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2013-11-30").edu("本科", "2008-06-30")
            .work(w(NFSN, "2008-07", null, "质检工程师")).siReplace(HSMY, "2020-03", "2020-08"),
        c("GX2022-0001042", "no SI rows for 8 declared months (gap months)", VERIFY, "WORK_HISTORY_MISMATCH")
            .who("陆秀兰", id("451423", "19870530", 88, 'F'), "18777140352").on("2022-07-05", "16:58:02").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, LZRY).series("HEALTH", null, "护理学").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2015-05-30").edu("大专", "2011-06-30")
            .work(w(LZRY, "2011-08", null, "护士")).siDrop("2019-01", "2019-08"),
        c("GX2022-0001043", "declared public institution, SI says enterprise", VERIFY, "IDENTITY_TYPE_MISMATCH")
            .who("黄建华", id("451402", "19850104", 17, 'M'), "13737118806").on("2022-07-06", "10:33:57")
            .as(PUBLIC_INSTITUTION, CTJT).series("ENGINEERING", "住建", "建筑工程管理").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2014-12-01").edu("本科", "2009-06-30")
            .work(w(CTJT, "2009-07", null, "工程管理员")),
        c("GX2022-0001044", "duplicate same level, first of the pair (ECONOMICS, version 3)", RETURN, "DUPLICATE_SAME_LEVEL")
            .who("韦振宇", ID_WEI_ZHENYU, "15177196433").on("2022-06-13", "09:08:14").version(3, "2022-06-24T10:17:36+08:00")
            .as(STATE_ENTERPRISE, NFSN).series("ECONOMICS", null, "工商管理").level("INTERMEDIATE")
            .title("ASSISTANT", "ECONOMICS", "2015-11-08").edu("本科", "2011-06-30")
            .work(w(NFSN, "2011-07", null, "生产管理员")),
        c("GX2022-0001045", "duplicate same level, second of the pair (ENGINEERING)", RETURN, "DUPLICATE_SAME_LEVEL")
            .who("韦振宇", ID_WEI_ZHENYU, "15177196433").on("2022-07-07", "15:40:29")
            .as(STATE_ENTERPRISE, NFSN).series("ENGINEERING", null, "机械工程").level("INTERMEDIATE")
            .title("ASSISTANT", "ECONOMICS", "2015-11-08").edu("本科", "2011-06-30")
            .work(w(NFSN, "2011-07", null, "生产管理员")),
        c("GX2022-0001046", "title from Hunan in the same series, not reconfirmed", RETURN, "OUT_OF_PROVINCE_TITLE_NOT_RECONFIRMED")
            .who("邓晓梅", id("451402", "19860821", 64, 'F'), "13878110925").on("2022-06-09", "16:52:40")
            .as(PUBLIC_INSTITUTION, JZZY).series("HEALTH", null, "康复医学").level("INTERMEDIATE")
            .titleOutOfProvince("ASSISTANT", "HEALTH", "2015-06-01", false).edu("本科", "2010-06-30")
            .work(w(HYZX, "2010-08", "2017-12", "康复治疗师"), w(JZZY, "2018-01", null, "康复治疗师")),
        c("GX2022-0001047", "no title, no professional-work proof", RETURN, "NO_TITLE_EVIDENCE_MISSING")
            .who("覃小东", id("451402", "19930510", 35, 'M'), "18707718246").on("2022-06-10", "10:58:06")
            .as(PRIVATE_ENTERPRISE, JZJZ).series("ENGINEERING", "住建", "建筑工程施工").level("ASSISTANT")
            .noTitle().edu("本科", "2016-06-30")
            .work(w(JZJZ, "2016-07", null, "施工员")),
        c("GX2022-0001048", "no title, 5 months after graduation not covered by work history", RETURN, "NO_TITLE_HISTORY_GAP")
            .who("黄玉兰", id("451424", "19940115", 42, 'F'), "15678133520").on("2022-06-14", "11:44:52")
            .as(STATE_ENTERPRISE, JTTZ).series("ENGINEERING", "交通运输", "道路与桥梁工程").level("ASSISTANT")
            .noTitle().edu("本科", "2016-06-30")
            .work(w(JTTZ, "2016-12", null, "技术员")).att("PROFESSIONAL_WORK_PROOF"),
        c("GX2022-0001049", "no title, complete history and proof: office approval needed", VERIFY, "NO_TITLE_APPROVAL_REQUIRED")
            .who("农志明", id("451424", "19920627", 57, 'M'), "13597217704").on("2022-06-15", "14:06:33")
            .as(PRIVATE_ENTERPRISE, DXHF).series("AGRICULTURE", null, "农学").level("INTERMEDIATE")
            .noTitle().edu("本科", "2014-06-30")
            .work(w(FSNK, "2014-07", "2017-03", "技术员"), w(DXHF, "2017-04", null, "生产技术部主管")).att("PROFESSIONAL_WORK_PROOF"),
        c("GX2022-0001050", "exceptional declaration without proof", RETURN, "EXCEPTIONAL_PROOF_MISSING")
            .who("陈建军", id("451402", "19880906", 13, 'M'), "18977102659").on("2022-06-16", "09:22:48")
            .as(STATE_ENTERPRISE, NFSN).series("ENGINEERING", null, "机械工程").level("DEPUTY_SENIOR")
            .title("INTERMEDIATE", "ENGINEERING", "2019-11-30").edu("本科", "2010-06-30")
            .work(w(NFSN, "2010-07", null, "设备部副经理")).exceptional(),
        c("GX2022-0001051", "exceptional declaration with proof: office approval needed", VERIFY, "EXCEPTIONAL_APPROVAL_REQUIRED")
            .who("黄海峰", id("452122", "19870312", 97, 'M'), "13878121583").on("2022-06-17", "16:15:25").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, SLSJ).series("ENGINEERING", "水利水电", "水利水电工程").level("DEPUTY_SENIOR")
            .title("INTERMEDIATE", "ENGINEERING", "2018-12-26").edu("硕士", "2012-06-30")
            .work(w(SLSJ, "2012-07", null, "设计室主任")).exceptional().att("EXCEPTIONAL_PROOF"),
        c("GX2022-0001052", "former name without household register page", RETURN, "IDENTITY_CHANGE_PROOF_MISSING")
            .who("覃桂兰", id("451425", "19851008", 28, 'F'), "15296117340").former("覃桂英").on("2022-06-20", "10:39:11")
            .as(PUBLIC_INSTITUTION, TDRY).series("HEALTH", null, "药学").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2014-05-30").edu("本科", "2009-06-30")
            .work(w(TDRY, "2009-08", null, "药师")),
        c("GX2022-0001063", "private enterprise whose unit owes M-2 and M-1 (arrear months are no contribution)", RETURN, "PRIVATE_SI_CONTINUITY")
            .who("陆志宏", id("451421", "19910903", 39, 'M'), "18778120453").on("2022-07-08", "10:27:14")
            .as(PRIVATE_ENTERPRISE, FSHD).series("ENGINEERING", "住建", "建筑工程施工").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2017-12-20").edu("本科", "2013-06-30")
            .work(w(FSHD, "2013-07", null, "施工员")).siArrears("2022-05", "2022-06"),

        // ---------- the re-check before confirmation (rules.md): PASS on declaredOn, things change later ----------
        c("GX2022-0001064", "re-check: man who turns 60 on 2022-09-15, after declaredOn and before the confirmation deadline", PASS, "")
            .who("李建平", id("451423", "19620915", 53, 'M'), "13907712586").on("2022-06-13", "11:06:42").status("UNIT_RECOMMENDED")
            .as(PUBLIC_INSTITUTION, LZNJ).series("AGRICULTURE", null, "植物保护").level("DEPUTY_SENIOR")
            .title("INTERMEDIATE", "AGRICULTURE", "2009-12-20").edu("大专", "1984-07-01")
            .work(w(LZNJ, "1984-08", null, "农艺师")),
        c("GX2022-0001065", "re-check: no integrity-archive entry in the static data (the re-check test records one after declaredOn)", PASS, "")
            .who("农丽清", id("451402", "19880612", 48, 'F'), "18277106531").on("2022-06-20", "15:48:09")
            .as(PUBLIC_INSTITUTION, RMYY).series("HEALTH", null, "医学影像").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2016-05-30").edu("本科", "2011-06-30")
            .work(w(RMYY, "2011-08", null, "影像科医师")),

        // ---------- several findings: one-time notification and the outcome order ----------
        c("GX2022-0001053", "suspicion before RETURN: conflict months plus missing exceptional proof", VERIFY, "WORK_HISTORY_MISMATCH|EXCEPTIONAL_PROOF_MISSING")
            .who("罗永强", id("451402", "19861117", 99, 'M'), "13807710472").on("2022-06-21", "11:50:37")
            .as(STATE_ENTERPRISE, CTJT).series("ENGINEERING", "住建", "建筑工程施工").level("DEPUTY_SENIOR")
            .title("INTERMEDIATE", "ENGINEERING", "2018-12-20").edu("本科", "2008-06-30")
            .work(w(CTJT, "2008-07", null, "项目经理")).siReplace(HTLW, "2021-03", "2021-08").exceptional(),
        c("GX2022-0001054", "RETURN before approval: exam not passed plus exceptional with proof", RETURN, "PUBLIC_SUBJECT_EXAM_MISSING|EXCEPTIONAL_APPROVAL_REQUIRED")
            .who("蒙丽娟", id("451421", "19900722", 64, 'F'), "18076119928").on("2022-06-22", "15:27:03")
            .as(STATE_ENTERPRISE, CTJT).series("ECONOMICS", null, "金融").level("DEPUTY_SENIOR")
            .title("INTERMEDIATE", "ECONOMICS", "2019-11-10").edu("硕士", "2013-06-30")
            .work(w(CTJT, "2013-07", null, "融资部经理")).exceptional().att("EXCEPTIONAL_PROOF").ce2022(10, 8, false),
        c("GX2022-0001055", "REJECT wins: sanction period, identity type mismatch and former name all reported", REJECT,
                "UNDER_INVESTIGATION_OR_SANCTION|IDENTITY_TYPE_MISMATCH|IDENTITY_CHANGE_PROOF_MISSING")
            .who("何志刚", id("451402", "19830405", 11, 'M'), "13977108315").former("何志钢").on("2022-06-23", "09:59:58")
            .as(STATE_ENTERPRISE, JZCG).series("ENGINEERING", "住建", "市政工程").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2014-10-10").edu("本科", "2008-06-30")
            .work(w(JZCG, "2008-07", null, "市政设施管理员")).sanctionUntil("2023-03-31"),

        // ---------- withdrawn ----------
        c("GX2022-0001056", "withdrawn declaration gets no verdict", NONE, "")
            .who("韦小燕", id("451425", "19910819", 86, 'F'), "15177108842").on("2022-06-08", "14:20:13").version(2, "2022-06-19T09:41:26+08:00")
            .status("WITHDRAWN")
            .as(PUBLIC_INSTITUTION, FSYZ).series("PRIMARY_SECONDARY_TEACHER", null, "高中化学").level("INTERMEDIATE")
            .title("ASSISTANT", "PRIMARY_SECONDARY_TEACHER", "2018-09-01").edu("本科", "2014-06-30")
            .work(w(FSYZ, "2014-08", null, "化学教师")),
        c("GX2022-0001057", "withdrawn, same ID/year/level as GX2022-0001058", NONE, "")
            .who("黄志伟", ID_HUANG_ZHIWEI, "13768135579").on("2022-06-06", "10:10:10").version(2, "2022-06-20T16:08:55+08:00")
            .status("WITHDRAWN")
            .as(PRIVATE_ENTERPRISE, PXWM).series("ECONOMICS", null, "国际商务").level("INTERMEDIATE")
            .title("ASSISTANT", "ACCOUNTING", "2014-05-18").edu("本科", "2009-06-30")
            .work(w(PXWM, "2010-07", null, "会计")),
        c("GX2022-0001058", "live declaration whose same-level twin is withdrawn (no DUPLICATE_SAME_LEVEL)", PASS, "")
            .who("黄志伟", ID_HUANG_ZHIWEI, "13768135579").on("2022-06-21", "08:47:31")
            .as(PRIVATE_ENTERPRISE, PXWM).series("ACCOUNTING", null, "会计").level("INTERMEDIATE")
            .title("ASSISTANT", "ACCOUNTING", "2014-05-18").edu("本科", "2009-06-30")
            .work(w(PXWM, "2010-07", null, "会计")),

        // ---------- rules 2022.2: the unit's recommendation, the exam certificate ----------
        c("GX2022-0001066", "SUBMITTED, not yet recommended by its unit: stored, no verdict, not parked", AWAITING, "")
            .who("梁志明", id("451402", "19870411", 35, 'M'), "13977105528").on("2022-07-08", "09:12:44").status("SUBMITTED")
            .as(PUBLIC_INSTITUTION, RMYY).series("HEALTH", null, "外科学").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2016-12-20").edu("本科", "2010-06-30")
            .work(w(RMYY, "2010-08", null, "住院医师")),
        c("GX2022-0001067", "SUBMITTED, same ID/year/level as GX2022-0001068: no verdict, still counts for DUPLICATE_SAME_LEVEL", AWAITING, "")
            .who("黎文杰", ID_LI_WENJIE, "15878107731").on("2022-06-15", "10:20:30").status("SUBMITTED")
            .as(STATE_ENTERPRISE, CTJT).series("ECONOMICS", null, "工商管理").level("INTERMEDIATE")
            .title("ASSISTANT", "ECONOMICS", "2016-11-08").edu("本科", "2012-06-30")
            .work(w(CTJT, "2012-07", null, "经营管理员")),
        c("GX2022-0001068", "recommended; its same-level twin GX2022-0001067 is only SUBMITTED", RETURN, "DUPLICATE_SAME_LEVEL")
            .who("黎文杰", ID_LI_WENJIE, "15878107731").on("2022-07-11", "14:05:09")
            .as(STATE_ENTERPRISE, CTJT).series("ENGINEERING", "住建", "建筑工程管理").level("INTERMEDIATE")
            .title("ASSISTANT", "ECONOMICS", "2016-11-08").edu("本科", "2012-06-30")
            .work(w(CTJT, "2012-07", null, "经营管理员")),
        c("GX2022-0001069", "2022 exam not shown by CE, PUBLIC_EXAM_CERTIFICATE attached: the office checks it", VERIFY, "PUBLIC_SUBJECT_EXAM_MISSING")
            .who("马春兰", id("451424", "19890602", 84, 'F'), "18777116620").on("2022-07-12", "11:38:16")
            .as(PUBLIC_INSTITUTION, NMZX).series("PRIMARY_SECONDARY_TEACHER", null, "初中数学").level("INTERMEDIATE")
            .title("ASSISTANT", "PRIMARY_SECONDARY_TEACHER", "2017-09-01").edu("本科", "2012-06-30")
            .work(w(NMZX, "2012-08", null, "数学教师")).ce2022(12, 10, false).att("PUBLIC_EXAM_CERTIFICATE"),

        // ---------- do not validate against the contract: parked, never reviewed ----------
        c("GX2022-0001059", "year 2021 differs from the year of declaredOn", PARKED, "")
            .who("陆丽芳", id("451402", "19880505", 46, 'F'), "15807715536").on("2022-06-09", "13:13:13")
            .as(PUBLIC_INSTITUTION, RMYY).series("HEALTH", null, "儿科学").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2016-12-20").edu("本科", "2011-06-30")
            .work(w(RMYY, "2011-08", null, "住院医师")).raw(m -> m.put("year", 2021)),
        c("GX2022-0001060", "unknown category enum value MILITARY", PARKED, "")
            .who("赵国华", id("451421", "19820913", 91, 'M'), "13878109274").on("2022-06-15", "13:31:46")
            .as(STATE_ENTERPRISE, CTJT).series("ENGINEERING", "住建", "建筑工程施工").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2013-12-20").edu("大专", "2004-06-30")
            .work(w(CTJT, "2012-03", null, "安全员")).raw(m -> m.put("category", "MILITARY")),
        c("GX2022-0001061", "required field level missing", PARKED, "")
            .who("韦春燕", id("451423", "19890315", 28, 'F'), "18269719013").on("2022-06-22", "13:02:40")
            .as(PUBLIC_INSTITUTION, LZRY).series("HEALTH", null, "临床医学").level("INTERMEDIATE")
            .title("ASSISTANT", "HEALTH", "2016-05-30").edu("本科", "2012-06-30")
            .work(w(LZRY, "2012-08", null, "住院医师")).raw(m -> m.remove("level")),
        c("GX2022-0001062", "malformed declaredOn 2022-13-45", PARKED, "")
            .who("黄伟东", id("451402", "19870620", 55, 'M'), "15177100628").on("2022-06-28", "13:45:22")
            .as(PRIVATE_ENTERPRISE, JZJZ).series("ENGINEERING", "住建", "建筑工程施工").level("INTERMEDIATE")
            .title("ASSISTANT", "ENGINEERING", "2015-12-25").edu("本科", "2010-06-30")
            .work(w(JZJZ, "2010-07", null, "施工员")).raw(m -> m.put("declaredOn", "2022-13-45"))
    );

    // ------------------------------------------------------------------------------------------------
    // Fixed parameters of the generated data
    // ------------------------------------------------------------------------------------------------

    /** SI rows are written for this range (clipped by each employment); it covers M-60 .. M of every case. */
    static final YearMonth SI_FROM = YearMonth.of(2016, 1);
    static final YearMonth SI_TO = YearMonth.of(2022, 7);
    /** Stub priorities: the fault scenarios of mocks/scenarios/ (priority 1) win over these, the 401 fallback loses. */
    static final int BASE = 5, FALLBACK = 20;
    /** The names of the WireMock extensions in gx.zhicheng.mocks (test sources) that serve the platform. */
    static final String DeclarationListing = "declaration-listing", DeclarationById = "declaration-by-id",
            TokenEndpoint = "token-endpoint", PreReview = "pre-review", IntegrityArchive = "integrity-archive",
            ValidBearerToken = "valid-bearer-token";

    /** Rule codes in the order of the rules.md table (CSV order). */
    static final List<String> RULE_ORDER = List.of(
            "ID_NUMBER_INVALID", "CREDIT_CODE_INVALID", "EMPLOYER_MISSING", "WORK_HISTORY_MISSING",
            "EMPLOYER_NOT_LEGAL_PERSON", "CIVIL_SERVANT", "CIVIL_SERVICE_TRANSITION", "RETIRED",
            "RETIREMENT_AGE_REACHED", "RETIREMENT_EXTENSION_PROOF_MISSING", "DISCIPLINARY_PERIOD",
            "UNDER_INVESTIGATION_OR_SANCTION", "INTEGRITY_RECORD_ACTIVE", "PUBLIC_SUBJECT_EXAM_MISSING",
            "PRIOR_YEAR_CE_HOURS_LOW", "SI_RECORD_NOT_FOUND", "PRIVATE_SI_CONTINUITY", "FREELANCER_UNIT_CONTRIBUTIONS",
            "WORK_HISTORY_MISMATCH", "IDENTITY_TYPE_MISMATCH", "DUPLICATE_SAME_LEVEL",
            "OUT_OF_PROVINCE_TITLE_NOT_RECONFIRMED", "NO_TITLE_EVIDENCE_MISSING", "NO_TITLE_HISTORY_GAP",
            "NO_TITLE_APPROVAL_REQUIRED", "EXCEPTIONAL_PROOF_MISSING", "EXCEPTIONAL_APPROVAL_REQUIRED",
            "IDENTITY_CHANGE_PROOF_MISSING");

    // ------------------------------------------------------------------------------------------------
    // Case model (a small builder so that each case reads as one entry)
    // ------------------------------------------------------------------------------------------------

    record Work(Org org, String employerName, String creditCode, YearMonth from, YearMonth to, String position, boolean freelance) {}
    record Seg(Org org, YearMonth from, YearMonth to) {}
    record CeYear(int year, int publicHours, int professionalHours, boolean passed) {}
    record Archive(String recordedOn, String expiresOn, String declarationId, String reason) {}

    static Work w(Org o, String from, String to, String position) {
        return new Work(o, o.name(), o.creditCode(), YearMonth.parse(from), to == null ? null : YearMonth.parse(to), position, false);
    }
    /** A work-history entry where the applicant left the credit code empty (matched by name). */
    static Work wNoCode(Org o, String from, String to, String position) {
        return new Work(o, o.name(), null, YearMonth.parse(from), to == null ? null : YearMonth.parse(to), position, false);
    }
    static Work free(String from, String to, String label) {
        return new Work(null, label, null, YearMonth.parse(from), to == null ? null : YearMonth.parse(to), "自由职业", true);
    }
    static Seg seg(Org o, String from, String to) {
        return new Seg(o, YearMonth.parse(from), to == null ? null : YearMonth.parse(to));
    }

    static Case c(String declarationId, String purpose, String outcome, String findings) {
        return new Case(declarationId, purpose, outcome, findings);
    }

    static final class Case {
        final String declarationId, purpose, outcome, findings;
        String name, idNumber, phone;
        List<String> formerNames = List.of();
        LocalDate declaredOn;
        String updatedAt;
        int version = 1;
        /** Rules 2022.2 review a declaration once its unit recommended it; most samples are recommended. */
        String status = "UNIT_RECOMMENDED";
        String category;
        Org employer;
        String employerCreditCode;
        String series, industry, specialty, level;
        Map<String, Object> currentTitle;
        String degree, graduatedOn;
        List<Work> work = List.of();
        List<String> attachments = new ArrayList<>();
        boolean exceptional, extension, underInvestigation, identityChanged;
        String transitionUntil, disciplinaryUntil, sanctionUntil;
        boolean siKnown = true, ceKnown = true;
        List<Seg> siSegments;
        final List<Consumer<TreeMap<YearMonth, List<Map<String, Object>>>>> siEdits = new ArrayList<>();
        String pensionStatus = "CONTRIBUTING", retiredOn;
        int[] ce2021 = {30, 64};
        int[] ce2022 = {30, 26, 1};
        final List<Archive> archive = new ArrayList<>();
        Consumer<Map<String, Object>> raw = m -> {};

        Case(String declarationId, String purpose, String outcome, String findings) {
            this.declarationId = declarationId; this.purpose = purpose; this.outcome = outcome; this.findings = findings;
        }
        Case who(String name, String idNumber, String phone) { this.name = name; this.idNumber = idNumber; this.phone = phone; return this; }
        Case former(String... names) { formerNames = List.of(names); return this; }
        /** declaredOn and the time of day of the first version's updatedAt (+08:00). */
        Case on(String date, String time) { declaredOn = LocalDate.parse(date); updatedAt = date + "T" + time + "+08:00"; return this; }
        Case version(int v, String updatedAt) { version = v; this.updatedAt = updatedAt; return this; }
        Case status(String s) { status = s; return this; }
        Case as(String category, Org employer) {
            this.category = category; this.employer = employer;
            this.employerCreditCode = employer == null ? null : employer.creditCode(); return this;
        }
        Case employerCreditCode(String code) { employerCreditCode = code; return this; }
        Case series(String series, String industry, String specialty) { this.series = series; this.industry = industry; this.specialty = specialty; return this; }
        Case level(String l) { level = l; return this; }
        Case title(String level, String series, String obtainedOn) { return title(level, series, obtainedOn, true, null); }
        Case titleOutOfProvince(String level, String series, String obtainedOn, boolean reconfirmed) { return title(level, series, obtainedOn, false, reconfirmed); }
        Case title(String level, String series, String obtainedOn, boolean inGuangxi, Boolean reconfirmed) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("level", level); t.put("series", series); t.put("obtainedOn", obtainedOn);
            t.put("issuedInGuangxi", inGuangxi); t.put("reconfirmedInGuangxi", reconfirmed == null ? false : reconfirmed);
            currentTitle = t; return this;
        }
        Case noTitle() { currentTitle = null; return this; }
        Case edu(String degree, String graduatedOn) { this.degree = degree; this.graduatedOn = graduatedOn; return this; }
        Case work(Work... entries) { work = List.of(entries); return this; }
        Case att(String type) { attachments.add(type); return this; }
        Case exceptional() { exceptional = true; return this; }
        Case extensionClaimed() { extension = true; return this; }
        Case underInvestigation() { underInvestigation = true; return this; }
        Case identityChanged() { identityChanged = true; return this; }
        Case transitionUntil(String d) { transitionUntil = d; return this; }
        Case disciplinaryUntil(String d) { disciplinaryUntil = d; return this; }
        Case sanctionUntil(String d) { sanctionUntil = d; return this; }
        Case siNone() { siKnown = false; return this; }
        Case ceNone() { ceKnown = false; return this; }
        Case ce2021(int pub, int prof) { ce2021 = new int[] {pub, prof}; return this; }
        Case ce2022(int pub, int prof, boolean passed) { ce2022 = new int[] {pub, prof, passed ? 1 : 0}; return this; }
        Case pension(String status, String retiredOn) { pensionStatus = status; this.retiredOn = retiredOn; return this; }
        /** SI employments given explicitly instead of derived from the work history. */
        Case siSegments(Seg... segs) { siSegments = List.of(segs); return this; }
        /** No SI row in these months (inclusive). */
        Case siDrop(String from, String to) {
            YearMonth f = YearMonth.parse(from), t = YearMonth.parse(to);
            siEdits.add(rows -> rows.keySet().removeIf(m -> !m.isBefore(f) && !m.isAfter(t)));
            return this;
        }
        /** In these months another unit pays instead of the declared one. */
        Case siReplace(Org other, String from, String to) {
            siDrop(from, to);
            YearMonth f = YearMonth.parse(from), t = YearMonth.parse(to);
            siEdits.add(rows -> { for (YearMonth m = f; !m.isAfter(t); m = m.plusMonths(1)) addRow(rows, m, other); });
            return this;
        }
        /** The unit's rows in these months are arrears (paid false): no contribution in the sense of rules.md. */
        Case siArrears(String from, String to) {
            YearMonth f = YearMonth.parse(from), t = YearMonth.parse(to);
            siEdits.add(rows -> rows.forEach((m, list) -> {
                if (!m.isBefore(f) && !m.isAfter(t)) list.forEach(r -> r.put("paid", false));
            }));
            return this;
        }
        /** No SI row after this month (pension drawn, contributions stopped). */
        Case siUntil(String last) {
            YearMonth l = YearMonth.parse(last);
            siEdits.add(rows -> rows.keySet().removeIf(m -> m.isAfter(l)));
            return this;
        }
        Case archive(String recordedOn, String expiresOn, String declarationId, String reason) {
            archive.add(new Archive(recordedOn, expiresOn, declarationId, reason)); return this;
        }
        /** Last-moment change of the written JSON, for declarations that must not validate. */
        Case raw(Consumer<Map<String, Object>> r) { raw = r; return this; }

        YearMonth month() { return YearMonth.from(declaredOn); }
        int number() { return Integer.parseInt(declarationId.substring(declarationId.length() - 4)); }
    }

    // ------------------------------------------------------------------------------------------------
    // JSON building
    // ------------------------------------------------------------------------------------------------

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static Map<String, Object> declarationJson(Case k) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("declarationId", k.declarationId);
        d.put("version", k.version);
        d.put("updatedAt", k.updatedAt);
        d.put("year", k.declaredOn.getYear());
        d.put("declaredOn", k.declaredOn.toString());
        d.put("status", k.status);
        d.put("applicant", obj("name", k.name, "idNumber", k.idNumber, "formerNames", k.formerNames, "phone", k.phone));
        d.put("category", k.category);
        d.put("employer", k.employer == null ? null : obj(
                "name", k.employer.name(), "creditCode", k.employerCreditCode,
                "independentLegalPerson", k.employer.legalPerson(), "regionCode", k.employer.regionCode()));
        d.put("series", k.series);
        if (k.industry != null) d.put("industry", k.industry);
        d.put("specialty", k.specialty);
        d.put("level", k.level);
        d.put("currentTitle", k.currentTitle);
        d.put("education", obj("degree", k.degree, "graduatedOn", k.graduatedOn));
        List<Object> wh = new ArrayList<>();
        for (Work e : k.work) {
            wh.add(obj("employerName", e.employerName(), "creditCode", e.creditCode(), "from", e.from().toString(),
                    "to", e.to() == null ? null : e.to().toString(), "position", e.position(),
                    "professionalWork", true, "freelance", e.freelance()));
        }
        d.put("workHistory", wh);
        d.put("claims", obj("exceptional", k.exceptional, "retirementExtensionApproved", k.extension,
                "civilServiceTransitionUntil", k.transitionUntil, "disciplinaryPeriodUntil", k.disciplinaryUntil,
                "investigationOrSanctionUntil", k.sanctionUntil, "underInvestigation", k.underInvestigation,
                "identityChanged", k.identityChanged));
        List<Object> att = new ArrayList<>();
        for (int i = 0; i < k.attachments.size(); i++) {
            att.add(obj("type", k.attachments.get(i), "fileId", String.format("F-2022-%06d", k.number() * 10 + i + 1)));
        }
        d.put("attachments", att);
        k.raw.accept(d);
        return d;
    }

    static void addRow(TreeMap<YearMonth, List<Map<String, Object>>> rows, YearMonth m, Org o) {
        Map<String, Object> r = o == null
                ? obj("month", m.toString(), "employerCreditCode", null, "employerName", null,
                      "employerType", "FLEXIBLE_EMPLOYMENT", "scheme", "ENTERPRISE_EMPLOYEE", "paid", true)
                : obj("month", m.toString(), "employerCreditCode", o.creditCode(), "employerName", o.name(),
                      "employerType", o.siType(), "scheme", o.scheme(), "paid", true);
        rows.computeIfAbsent(m, x -> new ArrayList<>()).add(r);
    }

    static Map<String, Object> siJson(Case k) {
        List<Seg> segs = k.siSegments;
        if (segs == null) {
            segs = new ArrayList<>();
            for (Work e : k.work) segs.add(new Seg(e.freelance() ? null : e.org(), e.from(), e.to()));
        }
        TreeMap<YearMonth, List<Map<String, Object>>> rows = new TreeMap<>();
        for (Seg s : segs) {
            YearMonth from = s.from().isBefore(SI_FROM) ? SI_FROM : s.from();
            YearMonth to = s.to() == null || s.to().isAfter(SI_TO) ? SI_TO : s.to();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) addRow(rows, m, s.org());
        }
        k.siEdits.forEach(e -> e.accept(rows));
        List<Object> months = new ArrayList<>();
        rows.values().forEach(months::addAll);
        return obj("idNumber", k.idNumber, "found", true,
                "pension", obj("status", k.pensionStatus, "retiredOn", k.retiredOn), "months", months);
    }

    static Map<String, Object> ceJson(Case k) {
        List<Object> years = List.of(
                obj("year", 2020, "publicHours", 30, "professionalHours", 72, "publicExamPassed", true),
                obj("year", 2021, "publicHours", k.ce2021[0], "professionalHours", k.ce2021[1], "publicExamPassed", true),
                obj("year", 2022, "publicHours", k.ce2022[0], "professionalHours", k.ce2022[1], "publicExamPassed", k.ce2022[2] == 1));
        return obj("idNumber", k.idNumber, "found", true, "years", years);
    }

    static Map<String, Object> archiveJson(Case k) {
        List<Object> entries = new ArrayList<>();
        int n = 0;
        for (Archive a : k.archive) {
            Map<String, Object> e = obj("entryId", String.format("IA-%04d%06d", Integer.parseInt(a.recordedOn().substring(0, 4)), k.number() * 10 + ++n),
                    "idNumber", k.idNumber, "name", k.name);
            if (a.declarationId() != null) e.put("declarationId", a.declarationId());
            e.put("reason", a.reason());
            e.put("recordedOn", a.recordedOn());
            e.put("expiresOn", a.expiresOn());
            entries.add(e);
        }
        return obj("entries", entries);
    }

    // ------------------------------------------------------------------------------------------------
    // WireMock mappings
    // ------------------------------------------------------------------------------------------------

    static final Map<String, Object> JSON_HEADERS = obj("Content-Type", "application/json; charset=UTF-8");
    /** A request that only matches with a valid, unexpired token (else the 401 fallback answers). */
    static Map<String, Object> authorized(String method, String urlKind, String url) {
        return obj("method", method, urlKind, url, "customMatcher", obj("name", ValidBearerToken));
    }
    static Map<String, Object> transformed(String extension) {
        return obj("status", 200, "headers", JSON_HEADERS, "transformers", List.of(extension));
    }

    static Map<String, Object> jsonResponse(int status, Object body) {
        return obj("status", status, "headers", JSON_HEADERS, "jsonBody", body);
    }
    static Map<String, Object> mapping(String name, Integer priority, Map<String, Object> request, Map<String, Object> response) {
        Map<String, Object> m = obj("name", name);
        if (priority != null) m.put("priority", priority);
        m.put("request", request);
        m.put("response", response);
        return m;
    }
    static Map<String, Object> mappings(List<Object> list) { return obj("mappings", list); }

    // ------------------------------------------------------------------------------------------------
    // Main
    // ------------------------------------------------------------------------------------------------

    public static void main(String[] args) throws IOException {
        selfCheck();
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path mocks = root.resolve("mocks"), files = mocks.resolve("__files"), mappingsDir = mocks.resolve("mappings");
        for (String dir : List.of("declarations", "si", "ce", "archive")) clean(files.resolve(dir));
        clean(mappingsDir); // every mapping is generated: none is left over from an earlier layout

        // declarations, one file each: the listing, the single GET and the pushes are computed from these files
        // by the extensions of src/test/java/gx/zhicheng/mocks (pages, versions, idempotency), not fixed here
        for (Case k : CASES) {
            writeJson(files.resolve("declarations/" + k.declarationId + ".json"), declarationJson(k));
        }
        writeJson(mappingsDir.resolve("platform-declarations.json"), mappings(List.of(
                mapping("declarations: one page of the listing", BASE,
                        authorized("GET", "urlPath", "/api/v1/declarations"), transformed(DeclarationListing)),
                mapping("declarations: one declaration", BASE,
                        authorized("GET", "urlPathPattern", "/api/v1/declarations/[^/]+"), transformed(DeclarationById)))));

        // token, and the token the whole API asks for
        writeJson(mappingsDir.resolve("platform-token.json"), mappings(List.of(
                mapping("token: client credentials", BASE, obj("method", "POST", "urlPath", "/oauth/token"), transformed(TokenEndpoint)))));
        writeJson(mappingsDir.resolve("platform-auth-required.json"), mappings(List.of(
                mapping("api without a valid bearer token", FALLBACK, obj("method", "ANY", "urlPathPattern", "/api/v1/.*"),
                        jsonResponse(401, obj("error", "invalid_token"))))));

        // pushes: idempotency keys, stale versions (409) and the archive's own state live in the extensions
        writeJson(mappingsDir.resolve("platform-pre-review.json"), mappings(List.of(
                mapping("pre-review", BASE, authorized("PUT", "urlPathPattern", "/api/v1/declarations/[^/]+/pre-review"),
                        transformed(PreReview)))));

        // integrity archive: the entries of archive/ID.json plus the ones recorded by POST
        Map<String, Map<String, Object>> archiveByPerson = new TreeMap<>();
        for (Case k : CASES) if (!k.archive.isEmpty()) putOnce(archiveByPerson, k.idNumber, archiveJson(k), "archive");
        for (var e : archiveByPerson.entrySet()) writeJson(files.resolve("archive/" + e.getKey() + ".json"), e.getValue());
        writeJson(mappingsDir.resolve("platform-integrity-archive.json"), mappings(List.of(
                mapping("integrity archive", BASE, authorized("ANY", "urlPath", "/api/v1/integrity-archive"), transformed(IntegrityArchive)))));

        // feeds: per-person result files, served by the feed-results extension
        Map<String, Map<String, Object>> si = new TreeMap<>(), ce = new TreeMap<>();
        for (Case k : CASES) {
            if (k.siKnown) putOnce(si, k.idNumber, siJson(k), "SI");
            if (k.ceKnown) putOnce(ce, k.idNumber, ceJson(k), "CE");
        }
        for (var e : si.entrySet()) writeJson(files.resolve("si/" + e.getKey() + ".json"), e.getValue());
        for (var e : ce.entrySet()) writeJson(files.resolve("ce/" + e.getKey() + ".json"), e.getValue());
        writeJson(mappingsDir.resolve("feeds.json"), mappings(List.of(
                mapping("SI feed (signed)", BASE, obj("method", "POST", "urlPath", "/si/v1/contributions:query"),
                        obj("status", 200, "transformers", List.of("feed-results"), "transformerParameters", obj("feed", "si"))),
                mapping("CE feed (signed)", BASE, obj("method", "POST", "urlPath", "/ce/v1/records:query"),
                        obj("status", 200, "transformers", List.of("feed-results"), "transformerParameters", obj("feed", "ce"))))));

        // expected outcomes, in declarationId order
        StringBuilder csv = new StringBuilder("declarationId,outcome,findings,purpose\n");
        List<Case> byId = new ArrayList<>(CASES);
        byId.sort(Comparator.comparing(k -> k.declarationId));
        for (Case k : byId) {
            csv.append(k.declarationId).append(',').append(k.outcome).append(',').append(k.findings).append(',')
               .append(csvField(k.purpose)).append('\n');
        }
        Path csvPath = root.resolve("src/test/resources/samples/expected-outcomes.csv");
        Files.createDirectories(csvPath.getParent());
        Files.writeString(csvPath, csv.toString(), StandardCharsets.UTF_8);

        System.out.printf("%d cases, %d SI files, %d CE files, %d archive files%n",
                CASES.size(), si.size(), ce.size(), archiveByPerson.size());
    }

    /** Fail fast on an inconsistent table, before anything is written. */
    static void selfCheck() {
        if (!creditCodeValid("91350100M000100Y43") || !creditCode("91350100M000100Y4").equals("91350100M000100Y43"))
            throw new AssertionError("GB 32100 check character does not reproduce the published example 91350100M000100Y43");
        if (creditCodeValid(withWrongCreditCheck("91350100M000100Y43"))) throw new AssertionError("wrong credit check accepted");
        if (idCheck("11010519491231002") != 'X') throw new AssertionError("GB 11643 example 11010519491231002X");
        Map<String, Case> seen = new TreeMap<>();
        for (Case k : CASES) {
            if (seen.put(k.declarationId, k) != null) throw new AssertionError("duplicate declarationId " + k.declarationId);
            if (!List.of(PASS, RETURN, VERIFY, REJECT, NONE, AWAITING, PARKED).contains(k.outcome)) throw new AssertionError(k.declarationId + ": outcome " + k.outcome);
            List<String> f = k.findings.isEmpty() ? List.of() : Arrays.asList(k.findings.split("\\|"));
            int last = -1;
            for (String code : f) {
                int i = RULE_ORDER.indexOf(code);
                if (i < 0) throw new AssertionError(k.declarationId + ": unknown rule " + code);
                if (i <= last) throw new AssertionError(k.declarationId + ": findings not in rules.md order: " + k.findings);
                last = i;
            }
            if ((k.outcome.equals(PASS) || k.outcome.equals(NONE) || k.outcome.equals(PARKED))
                    && f.stream().anyMatch(code -> !code.equals("PRIOR_YEAR_CE_HOURS_LOW") && !code.equals("CIVIL_SERVICE_TRANSITION")))
                throw new AssertionError(k.declarationId + ": " + k.outcome + " with non-INFO findings");
            if ((k.outcome.equals(NONE) || k.outcome.equals(PARKED)) && !f.isEmpty()) throw new AssertionError(k.declarationId + ": findings for " + k.outcome);
            if (k.outcome.equals(NONE) != k.status.equals("WITHDRAWN")) throw new AssertionError(k.declarationId + ": NONE iff WITHDRAWN");
            if (k.outcome.equals(AWAITING) != k.status.equals("SUBMITTED")) throw new AssertionError(k.declarationId + ": AWAITING_UNIT iff SUBMITTED");
            if (k.outcome.equals(AWAITING) && !f.isEmpty()) throw new AssertionError(k.declarationId + ": findings for " + k.outcome);
            boolean validId = k.idNumber.matches("[0-9]{17}[0-9X]") && idCheck(k.idNumber.substring(0, 17)) == k.idNumber.charAt(17);
            if (validId == f.contains("ID_NUMBER_INVALID") && !k.outcome.equals(PARKED)) throw new AssertionError(k.declarationId + ": ID validity vs ID_NUMBER_INVALID");
            if (k.employer != null && creditCodeValid(k.employerCreditCode) == f.contains("CREDIT_CODE_INVALID")) throw new AssertionError(k.declarationId + ": credit code vs CREDIT_CODE_INVALID");
            if (k.declaredOn.isBefore(LocalDate.of(2022, 6, 1)) || k.declaredOn.isAfter(LocalDate.of(2022, 7, 31))) throw new AssertionError(k.declarationId + ": declaredOn");
            if (OffsetDateTime.parse(k.updatedAt).toLocalDate().isBefore(k.declaredOn)) throw new AssertionError(k.declarationId + ": updatedAt before declaredOn");
        }
        for (Org o : List.of(RMYY, JZZY, LZRY, TDRY, PXRY, HYZX, FSYZ, TDEZ, NMZX, NMNJ, DXNJ, LZXM, LZNJ, SLSJ, CZCH, JZCG, NMZR, JZSL,
                CTJT, JTTZ, NFSN, ZLSG, JZJZ, FSHD, PXWM, PXWT, HSMY, HTLW, FSNK, DXHF, CZLQ, GDCD, FJRM, JGWJ, JZXH, PXHY)) {
            if (!creditCodeValid(o.creditCode())) throw new AssertionError("invalid credit code for " + o.name());
        }
    }

    static void putOnce(Map<String, Map<String, Object>> m, String key, Map<String, Object> value, String what) {
        Map<String, Object> prev = m.putIfAbsent(key, value);
        if (prev != null && !toJson(prev).equals(toJson(value)))
            throw new AssertionError(what + " data differs between the declarations of " + key);
    }

    static void clean(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }

    static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static void writeJson(Path p, Object value) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, toJson(value) + "\n", StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------
    // A minimal pretty JSON writer (2-space indent)
    // ------------------------------------------------------------------------------------------------

    static String toJson(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, 0);
        return sb.toString();
    }

    static void write(StringBuilder sb, Object v, int indent) {
        if (v == null) sb.append("null");
        else if (v instanceof String s) quote(sb, s);
        else if (v instanceof Number || v instanceof Boolean) sb.append(v);
        else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { sb.append("{}"); return; }
            sb.append("{\n");
            int i = 0;
            for (var e : m.entrySet()) {
                pad(sb, indent + 1);
                quote(sb, (String) e.getKey());
                sb.append(": ");
                write(sb, e.getValue(), indent + 1);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            pad(sb, indent);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) { sb.append("[]"); return; }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                pad(sb, indent + 1);
                write(sb, l.get(i), indent + 1);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            pad(sb, indent);
            sb.append(']');
        } else throw new IllegalArgumentException("not JSON: " + v.getClass());
    }

    static void pad(StringBuilder sb, int indent) {
        sb.append("  ".repeat(indent));
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
                    else sb.append(ch);
                }
            }
        }
        sb.append('"');
    }
}

package gx.zhicheng.rules;

import gx.zhicheng.system.OfficeCodes;
import gx.zhicheng.system.ReferenceCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The contact directory of the notice's attachment 3 (config/offices.csv), and the choice of the office
 * that answers questions on a declaration: the county-level office of the employer's region, else the
 * competent department of the series and industry, else of the series, else the fallback row.
 *
 * <p>CSV, UTF-8, one office a row, lines starting with # are comments, no quoting (no field holds a comma):
 * {@code code,office,department,phone,address,regionCode,covers}. {@code code} is the office's stable code
 * (operator accounts and stored declarations name the office by it); {@code phone} may list several numbers
 * separated by {@code ;}. {@code covers} lists {@code SERIES} or {@code SERIES/行业} separated by {@code ;},
 * or {@code *} for the fallback office, which is the city office.
 */
public final class OfficeDirectory implements OfficeCodes {

    static final String HEADER = "code,office,department,phone,address,regionCode,covers";
    private static final String FALLBACK = "*";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    /** An office as operators see it: its stable code and the name it answers under (the verdict's reviewOffice name). */
    public record Listed(String code, String name) {}

    record Office(String code, String office, String department, List<String> phones, String address, String regionCode,
                  List<String> covers) {

        /** County and city offices answer under their own name; a series row under its competent department's. */
        ReviewOffice toReviewOffice() {
            boolean seriesRow = !covers.isEmpty() && !covers.contains(FALLBACK);
            return new ReviewOffice(seriesRow ? department : office, String.join("、", phones), address);
        }

        boolean fallback() {
            return covers.contains(FALLBACK);
        }
    }

    private final List<Office> offices;

    OfficeDirectory(List<Office> offices) {
        this.offices = List.copyOf(offices);
        if (this.offices.stream().filter(Office::fallback).count() != 1) {
            throw new IllegalArgumentException("the office directory needs exactly one fallback row (covers = *)");
        }
        Set<String> codes = new HashSet<>();
        for (Office o : this.offices) {
            if (!codes.add(o.code())) {
                throw new IllegalArgumentException("the office code " + o.code() + " appears twice in the office directory");
            }
        }
    }

    /** From a location of the settings: {@code classpath:config/offices.csv} (the jar's copy) or a file path. */
    public static OfficeDirectory load(String location) {
        return new OfficeDirectory(ReferenceCsv.load(location, HEADER).stream().map(OfficeDirectory::parse).toList());
    }

    public static OfficeDirectory load(Path csv) {
        return new OfficeDirectory(ReferenceCsv.load(csv, HEADER).stream().map(OfficeDirectory::parse).toList());
    }

    public static OfficeDirectory read(Reader csv) throws IOException {
        return new OfficeDirectory(ReferenceCsv.read(csv, "office directory", HEADER).stream()
                .map(OfficeDirectory::parse).toList());
    }

    /** The office for a declaration; never null (the fallback row answers for everything else). */
    public ReviewOffice officeFor(Declaration declaration) {
        return choose(declaration).toReviewOffice();
    }

    /** The code of the office {@link #officeFor} chooses: the one the declaration is stored under for scoped access. */
    public String codeFor(Declaration declaration) {
        return choose(declaration).code();
    }

    /**
     * The same choice from the three fields it rests on, for a payload that did not validate as a declaration
     * (a parked version): whatever of them is missing or malformed, some office answers, at worst the city office.
     */
    public String codeFor(String regionCode, String series, String industry) {
        return choose(regionCode, series, industry).code();
    }

    @Override
    public List<String> codes() {
        return listed().stream().map(Listed::code).toList();
    }

    /** The code of the city office (the fallback row), whose accounts see every office. */
    @Override
    public String cityCode() {
        return offices.stream().filter(Office::fallback).findFirst().orElseThrow().code();
    }

    /** Every office's code and name, in file order. */
    public List<Listed> listed() {
        return offices.stream().map(o -> new Listed(o.code(), o.toReviewOffice().name())).toList();
    }

    /** The office of a code, if the directory has it. */
    public Optional<Listed> listed(String code) {
        return listed().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Every office in file order. */
    public List<ReviewOffice> all() {
        return offices.stream().map(Office::toReviewOffice).toList();
    }

    private Office choose(Declaration declaration) {
        return choose(declaration.employer() == null ? null : declaration.employer().regionCode(), declaration.series(),
                declaration.industry());
    }

    private Office choose(String regionCode, String series, String rawIndustry) {
        String region = regionCode == null ? null : regionCode.strip();
        String industry = rawIndustry == null ? null : rawIndustry.strip();
        return first(o -> region != null && region.equals(o.regionCode()))
                .or(() -> first(o -> series != null && industry != null && !industry.isEmpty()
                        && o.covers().contains(series + "/" + industry)))
                .or(() -> first(o -> series != null && o.covers().contains(series)))
                .or(() -> first(Office::fallback))
                .orElseThrow();
    }

    private Optional<Office> first(Predicate<Office> test) {
        return offices.stream().filter(test).findFirst();
    }

    private static Office parse(ReferenceCsv.Row row) {
        String code = row.field(0);
        if (!CODE.matcher(code).matches()) {
            throw row.invalid("the office code must be upper-case letters, digits and _ (at most 32), found '" + code + "'");
        }
        String region = row.field(5);
        return new Office(code, row.field(1), row.field(2), list(row.field(3)), row.field(4),
                region.isEmpty() ? null : region, list(row.field(6)));
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

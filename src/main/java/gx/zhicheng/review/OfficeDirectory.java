package gx.zhicheng.review;

import gx.zhicheng.system.ReferenceCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The contact directory of the notice's attachment 3 (config/offices.csv), and the choice of the office
 * that answers questions on a declaration: the county-level office of the employer's region, else the
 * competent department of the series and industry, else of the series, else the fallback row.
 *
 * <p>CSV, UTF-8, one office a row, lines starting with # are comments, no quoting (no field holds a comma):
 * {@code office,department,phone,address,regionCode,covers}. {@code phone} may list several numbers
 * separated by {@code ;}. {@code covers} lists {@code SERIES} or {@code SERIES/行业} separated by {@code ;},
 * or {@code *} for the fallback office.
 */
public final class OfficeDirectory {

    static final String HEADER = "office,department,phone,address,regionCode,covers";
    private static final String FALLBACK = "*";

    record Office(String office, String department, List<String> phones, String address, String regionCode,
                  List<String> covers) {

        /** County and city offices answer under their own name; a series row under its competent department's. */
        ReviewOffice toReviewOffice() {
            boolean seriesRow = !covers.isEmpty() && !covers.contains(FALLBACK);
            return new ReviewOffice(seriesRow ? department : office, String.join("、", phones), address);
        }
    }

    private final List<Office> offices;

    OfficeDirectory(List<Office> offices) {
        this.offices = List.copyOf(offices);
        if (this.offices.stream().noneMatch(o -> o.covers().contains(FALLBACK))) {
            throw new IllegalArgumentException("the office directory needs one fallback row (covers = *)");
        }
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
        String region = declaration.employer() == null ? null : declaration.employer().regionCode();
        String series = declaration.series();
        String industry = declaration.industry() == null ? null : declaration.industry().strip();
        return first(o -> region != null && region.strip().equals(o.regionCode()))
                .or(() -> first(o -> series != null && industry != null && !industry.isEmpty()
                        && o.covers().contains(series + "/" + industry)))
                .or(() -> first(o -> series != null && o.covers().contains(series)))
                .or(() -> first(o -> o.covers().contains(FALLBACK)))
                .map(Office::toReviewOffice)
                .orElseThrow();
    }

    /** Every office in file order. */
    public List<ReviewOffice> all() {
        return offices.stream().map(Office::toReviewOffice).toList();
    }

    private Optional<Office> first(Predicate<Office> test) {
        return offices.stream().filter(test).findFirst();
    }

    private static Office parse(ReferenceCsv.Row row) {
        String region = row.field(4);
        return new Office(row.field(0), row.field(1), list(row.field(2)), row.field(3), region.isEmpty() ? null : region,
                list(row.field(5)));
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package gx.zhicheng.system;

import java.util.Collections;

/** The placeholders of an IN list, for the per-batch queries (a batch is at most a few hundred rows). */
public final class SqlLists {

    private SqlLists() {}

    /** "(?, ?, ?)" for three values. */
    public static String in(int values) {
        if (values < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return "(" + String.join(", ", Collections.nCopies(values, "?")) + ")";
    }
}

package gx.zhicheng.system;

import java.util.List;

/**
 * The office codes of the office directory (config/offices.csv, attachment 3), as web security needs them to
 * check the offices of each account. The review module's office directory provides them; this interface keeps
 * infrastructure from depending on the review module.
 */
public interface OfficeCodes {

    /** Every office code of the directory, in its order. */
    List<String> codes();

    /** The city office's code: an account of it sees every office. */
    String cityCode();
}

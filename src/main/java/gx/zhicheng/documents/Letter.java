package gx.zhicheng.documents;

import gx.zhicheng.rules.Labels;
import gx.zhicheng.rules.Declaration;
import java.time.LocalDate;

/**
 * The entrusted-evaluation letter of attachment 2 (关于委托代评XXX同志XXX系列XXX职称的函), filled in: the applicant,
 * the series, level and specialty, why it is entrusted, the office that sends it and the date.
 */
record Letter(String declarationId, String applicantName, String series, String level, String specialty,
              String reason, String sender, LocalDate date) {

    static final String ADDRESSEE = "崇左市职称改革工作领导小组办公室";

    static Letter of(Reviewed reviewed, EntrustedEvaluations.Entrusted entrusted, LocalDate date) {
        Declaration d = reviewed.declaration();
        String sender = entrusted.sender() != null ? entrusted.sender()
                : reviewed.verdict().reviewOffice() == null ? ADDRESSEE : reviewed.verdict().reviewOffice().name();
        return new Letter(reviewed.declarationId(), d.applicant() == null ? "" : d.applicant().name(),
                Labels.of(Labels.SERIES, d.series()), Labels.of(Labels.LEVEL, d.level().name()),
                d.specialty() == null || d.specialty().isBlank() ? Labels.of(Labels.SERIES, d.series()) : d.specialty(),
                entrusted.reason(), sender, date);
    }

    public String addressee() {
        return ADDRESSEE;
    }

    public String title() {
        return "关于委托代评" + applicantName + "同志" + series + "系列" + level + "职称的函";
    }

    /** The sentence of the template that says why: no such specialty here, or no committee for that series and level. */
    public String because() {
        return EntrustedEvaluations.NO_SPECIALTY.equals(reason)
                ? "暂未设置" + specialty + "评审专业"
                : "尚未组建" + series + "系列" + level + "职称评委会";
    }
}

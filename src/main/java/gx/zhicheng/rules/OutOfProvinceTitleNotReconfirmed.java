package gx.zhicheng.rules;

import java.util.Objects;
import java.util.Optional;

/** OUT_OF_PROVINCE_TITLE_NOT_RECONFIRMED: a title from outside Guangxi in the same series, not yet reconfirmed. */
final class OutOfProvinceTitleNotReconfirmed implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.OUT_OF_PROVINCE_TITLE_NOT_RECONFIRMED;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        Declaration d = c.declaration();
        Declaration.CurrentTitle title = d.currentTitle();
        if (title == null || !Boolean.FALSE.equals(title.issuedInGuangxi())
                || !Objects.equals(title.series(), d.series())
                || Boolean.TRUE.equals(title.reconfirmedInGuangxi())
                || c.hasAttachment(Declaration.AttachmentType.TITLE_RECONFIRMATION)) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "申报人现有职称在区外（含中直驻桂单位或外省单位驻桂机构）取得，且申报同一系列上一级职称，"
                        + "应按规定办理职称重新确认后方可申报；请上传职称重新确认材料。",
                Evidence.with("series", title.series()).and("level", title.level())
                        .and("obtainedOn", title.obtainedOn()).build()));
    }
}

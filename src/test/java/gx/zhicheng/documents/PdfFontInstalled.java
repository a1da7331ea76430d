package gx.zhicheng.documents;

import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether the PDF tests run, by {@code -Dpdf.tests}: {@code true} always (CI, which installs fonts-wqy-microhei; a
 * missing font then fails the test, as the PDF endpoint answers 503), {@code false} never, unset when the adapter's
 * own search finds a CJK TrueType font in the usual folders. A machine without one skips them and says why.
 */
final class PdfFontInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String setting = System.getProperty("pdf.tests", "");
        if (setting.equalsIgnoreCase("true")) {
            return ConditionEvaluationResult.enabled("-Dpdf.tests=true");
        }
        if (setting.equalsIgnoreCase("false")) {
            return ConditionEvaluationResult.disabled("PDF tests are off (-Dpdf.tests=false)");
        }
        var found = PdfFont.search(PdfFont.folders(List.of(PdfFont.SYSTEM_FONTS, PdfFont.LOCAL_FONTS, PdfFont.USER_FONTS,
                PdfFont.USER_LOCAL_FONTS)));
        if (found.isPresent()) {
            return ConditionEvaluationResult.enabled("PDFs embed " + found.get().face() + " of " + found.get().file());
        }
        return ConditionEvaluationResult.disabled("no CJK TrueType font is installed (apt-get install fonts-wqy-microhei or"
                + " fonts-droid-fallback; Noto CJK cannot be embedded); the PDFs were not rendered. CI runs them with"
                + " -Dpdf.tests=true");
    }
}

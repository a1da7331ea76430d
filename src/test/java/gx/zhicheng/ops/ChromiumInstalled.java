package gx.zhicheng.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether the browser tests run, by {@code -Dbrowser.tests}: {@code true} always (CI, which installs
 * chromium; a missing browser then fails the test), {@code false} never, unset when Debian's chromium and
 * chromium-driver are installed. A fresh machine with only a JDK and Maven skips them and says why.
 */
final class ChromiumInstalled implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String setting = System.getProperty("browser.tests", "");
        if (setting.equalsIgnoreCase("true")) {
            return ConditionEvaluationResult.enabled("-Dbrowser.tests=true");
        }
        if (setting.equalsIgnoreCase("false")) {
            return ConditionEvaluationResult.disabled("browser tests are off (-Dbrowser.tests=false)");
        }
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
        }
        return ConditionEvaluationResult.disabled("chromium or chromedriver is not installed (apt-get install chromium"
                + " chromium-driver fonts-noto-cjk); the console was not tried in a browser. CI runs it with -Dbrowser.tests=true");
    }
}

package gx.zhicheng.documents;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through SLF4J (it writes its own console lines by default, at INFO for every document):
 * its INFO is our DEBUG, its warnings ours, under the logger com.openhtmltopdf. The style sheet is the print
 * page's too, so the properties only a browser knows (sticky, box-shadow, break-before: page) are expected and DEBUG.
 */
final class PdfLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    static synchronized void install() {
        XRLog.setLoggerImpl(new PdfLog());
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        if (XRLog.CSS_PARSE.equals(where) && level.intValue() < Level.SEVERE.intValue()) {
            log.debug("{}: {}", where, message, error);
        } else if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, message, error);
        } else {
            log.debug("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // SLF4J's configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int level = diagnostic.getLevel().intValue();
        return level >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}

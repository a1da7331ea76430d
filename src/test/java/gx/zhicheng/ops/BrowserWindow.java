package gx.zhicheng.ops;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A fresh headless chromium window for each test of a browser test ({@code @RegisterExtension}), closed after it:
 * the browser tests share how they open and close one instead of each repeating it. The class's
 * {@code @ExtendWith(ChromiumInstalled.class)} decides first whether the test runs at all.
 */
final class BrowserWindow implements BeforeEachCallback, AfterEachCallback {

    private final int width;
    private final int height;
    private Chromium chromium;

    BrowserWindow(int width, int height) {
        this.width = width;
        this.height = height;
    }

    WebDriver browser() {
        return chromium.browser;
    }

    void screenshot(Path target) throws IOException {
        chromium.screenshot(target);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        chromium = new Chromium(width, height);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}

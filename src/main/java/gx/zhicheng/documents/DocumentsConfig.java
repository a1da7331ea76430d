package gx.zhicheng.documents;

import gx.zhicheng.system.ZhichengProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reference data of the documents, from config/ (changed without a rebuild), and the font of the PDFs. The
 * evaluation calendar is the rules' (review's ReviewConfig): the console shows the deadline the re-check obeys.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsConfig {

    private static final Logger log = LoggerFactory.getLogger(DocumentsConfig.class);

    @Bean
    EntrustedEvaluations entrustedEvaluations(ZhichengProperties.Documents p) {
        return EntrustedEvaluations.load(p.entrustedEvaluation());
    }

    /**
     * A font named in the settings must be usable, or the start-up stops saying why (as any other wrong
     * setting). Without a setting, a machine without a CJK TrueType font still starts: only the PDFs answer 503.
     */
    @Bean
    DocumentPdf documentPdf(ZhichengProperties.Documents p) {
        if (p.pdfFont() != null) {
            try {
                PdfFont font = PdfFont.configured(p.pdfFont(), p.pdfFontFace());
                log.info("PDF documents embed {} of {} (zhicheng.documents.pdf-font)", font.face(), font.file());
                return new DocumentPdf(Optional.of(font));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Invalid configuration: zhicheng.documents.pdf-font / pdf-font-face: "
                        + e.getMessage() + ". It needs a .ttf or .ttc with TrueType outlines and Chinese characters,"
                        + " e.g. /usr/share/fonts/truetype/wqy/wqy-microhei.ttc (Debian: " + PdfFont.PACKAGES + ")", e);
            }
        }
        List<Path> folders = PdfFont.folders(p.pdfFontFolders());
        Optional<PdfFont> found = PdfFont.search(folders);
        found.ifPresentOrElse(
                font -> log.info("PDF documents embed {} of {} (found in {}; zhicheng.documents.pdf-font chooses another)",
                        font.face(), font.file(), folders),
                () -> log.warn("No CJK TrueType font in {}: the PDF documents answer 503 until one is installed"
                        + " (Debian: {}) or zhicheng.documents.pdf-font names one; the print pages work", folders,
                        PdfFont.PACKAGES));
        return new DocumentPdf(found);
    }
}

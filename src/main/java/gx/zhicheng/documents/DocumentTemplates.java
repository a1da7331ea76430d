package gx.zhicheng.documents;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Fills the templates of templates/documents/ (Thymeleaf, which escapes every value). The print page and the
 * PDF are the same template: {@code pdf} only drops the screen's toolbar and script.
 */
@Component
class DocumentTemplates {

    private final ITemplateEngine engine;

    DocumentTemplates(ITemplateEngine engine) {
        this.engine = engine;
    }

    String html(DocumentPage page, boolean pdf) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("title", page.title());
        context.setVariable("documents", page.documents());
        context.setVariable("pdfHref", page.pdfPath());
        context.setVariable("pdf", pdf);
        return engine.process("documents/" + page.template(), context);
    }
}

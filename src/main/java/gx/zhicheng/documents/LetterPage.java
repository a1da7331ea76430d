package gx.zhicheng.documents;

import java.util.List;
import java.util.stream.Collectors;

/** The print page of one or more entrusted-evaluation letters (attachment 2): one A4 sheet each. */
final class LetterPage {

    private LetterPage() {}

    static String render(String title, List<Letter> letters) {
        return Html.page(title, letters.stream().map(LetterPage::sheet).collect(Collectors.joining("\n")), letters.size());
    }

    private static String sheet(Letter l) {
        return """
                <article class="sheet letter" id="letter-%s">
                <h1>%s</h1>
                <p class="to">%s：</p>
                <p class="body">我单位（县）%s同志从事%s专业技术工作，拟申报%s系列%s专业%s职称评审，鉴于我单位（县）%s，\
                现委托贵办推荐至相应系列%s职称评审委员会代为评审，并及时将评审结果函告我单位。</p>
                <p class="body">请予大力支持为盼！</p>
                <div class="sign"><div>%s</div><div>%s</div></div>
                <p class="basis">申报编号：%s。格式依据：崇职改办字〔2022〕8号附件2。</p>
                </article>
                """.formatted(Html.esc(l.declarationId()), Html.esc(l.title()), Html.esc(Letter.ADDRESSEE),
                Html.esc(l.applicantName()), Html.esc(l.specialty()), Html.esc(l.series()), Html.esc(l.specialty()),
                Html.esc(l.level()), Html.esc(l.because()), Html.esc(l.level()), Html.esc(l.sender()),
                Html.esc(Html.date(l.date())), Html.esc(l.declarationId()));
    }
}

package gx.zhicheng.documents;

import java.util.List;
import java.util.stream.Collectors;

/** The print page of one or more notifications: one A4 sheet each. */
final class NoticePage {

    private NoticePage() {}

    static String render(String title, List<Notice> notices) {
        return Html.page(title, notices.stream().map(NoticePage::sheet).collect(Collectors.joining("\n")), notices.size());
    }

    private static String sheet(Notice n) {
        StringBuilder rows = new StringBuilder();
        int number = 1;
        for (Notice.Item item : n.toSupply()) {
            rows.append("<tr><td class=\"no\">").append(number++).append("</td><td>").append(Html.esc(item.name()))
                    .append("<div class=\"code\">").append(Html.esc(item.rule())).append("</div></td><td>")
                    .append(Html.esc(item.message())).append("</td></tr>\n");
        }
        String info = n.forInformation().isEmpty() ? "" : "<p>以下事项无需您补充材料，仅供知悉：</p>\n<ul class=\"info\">"
                + n.forInformation().stream().map(i -> "<li>" + Html.esc(i.name()) + "：" + Html.esc(i.message()) + "</li>")
                        .collect(Collectors.joining()) + "</ul>\n";
        String subject = n.year() + "年度" + n.series() + "系列" + n.level()
                + (n.specialty() == null || n.specialty().isBlank() ? "" : "（" + n.specialty() + "专业）");
        return """
                <article class="sheet notice" id="notice-%s">
                <h1>职称评审申报材料一次性告知书</h1>
                <p class="ref">申报编号：%s　第 %d 版</p>
                <p class="to">%s同志：</p>
                <p class="body">您于%s提交的%s职称评审申报%s，经预审，申报材料尚需补正。现将需要补正的全部事项一次性告知如下，\
                请按要求一次性补正齐全后，通过广西专业技术人员职称评审申报系统重新提交。</p>
                <table class="items"><thead><tr><th class="no">序号</th><th>事项</th><th>需补正的内容</th></tr></thead>
                <tbody>
                %s</tbody></table>
                %s<p class="contact">如有疑问，请与%s联系。<br>联系电话：%s<br>通讯地址：%s</p>
                <div class="sign"><div>%s</div><div>%s</div></div>
                <p class="basis">依据：崇职改办字〔2022〕8号；预审规则版本 %s。</p>
                </article>
                """.formatted(Html.esc(n.declarationId()), Html.esc(n.declarationId()), n.version(),
                Html.esc(n.applicantName()), Html.esc(Html.date(n.declaredOn())), Html.esc(subject),
                n.employerName() == null ? "" : "（申报单位：" + Html.esc(n.employerName()) + "）", rows, info,
                Html.esc(n.office().name()), Html.esc(n.office().phone()), Html.esc(n.office().address()),
                Html.esc(n.office().name()), Html.esc(Html.date(n.date())), Html.esc(n.rulesVersion()));
    }
}

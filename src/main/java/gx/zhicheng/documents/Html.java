package gx.zhicheng.documents;

import java.time.LocalDate;

/** The little HTML the print pages need: escaping every value, a page frame with the print style sheet, dates in Chinese. */
final class Html {

    private Html() {}

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** 2022年8月1日 */
    static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A whole page: a toolbar for the screen (hidden in print) and one A4 sheet per document. */
    static String page(String title, String sheets, int count) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="UTF-8">
                <title>%s</title>
                <link rel="stylesheet" href="/console/documents.css">
                </head>
                <body>
                <div class="toolbar"><button type="button" onclick="window.print()">打印 / 另存为 PDF</button>
                <span>%s，共 %d 份。打印时请选择 A4 纸张，“另存为 PDF”即得电子版。</span></div>
                %s
                </body>
                </html>
                """.formatted(esc(title), esc(title), count, sheets.isEmpty() ? "<p class=\"none\">没有符合条件的文书。</p>" : sheets);
    }
}

package org.bianzhi.audit.api;

import java.util.List;
import org.bianzhi.audit.application.FindingReports.Rectification;
import org.bianzhi.audit.application.FindingView;

/** 整改通知书 as a printable A4 HTML page (its own print style sheet; nothing loaded from elsewhere). */
final class RectificationNoticePage {

    private RectificationNoticePage() {
    }

    static String html(Rectification r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>整改通知书 - ").append(esc(r.unitName()))
                .append("</title><style>")
                .append("@page{size:A4;margin:25mm 20mm}body{font-family:\"SimSun\",\"Songti SC\",serif;font-size:14pt;line-height:1.8;")
                .append("max-width:170mm;margin:0 auto}h1{text-align:center;font-size:22pt;letter-spacing:4pt;margin:0 0 8mm}")
                .append("table{width:100%;border-collapse:collapse;font-size:11pt}th,td{border:1px solid #000;padding:2mm;vertical-align:top}")
                .append("th{background:#eee}.sign{text-align:right;margin-top:15mm}.no-print{margin:5mm 0}")
                .append("@media print{.no-print{display:none}th{background:none}}</style></head><body>")
                .append("<div class=\"no-print\"><button onclick=\"window.print()\">打印</button></div>")
                .append("<h1>整改通知书</h1>")
                .append("<p>").append(esc(r.unitName())).append("（统一社会信用代码 ").append(esc(r.unitCode())).append("）：</p>");
        List<FindingView> findings = r.findings();
        if (findings.isEmpty()) {
            b.append("<p>经机构编制实名制管理系统核查，截至").append(date(r)).append("，你单位未发现需要整改的机构编制问题。</p>");
        } else {
            b.append("<p>经机构编制实名制管理系统核查，截至").append(date(r)).append("，你单位存在以下 ").append(findings.size())
                    .append(" 项机构编制问题。请对照有关规定认真整改，自收到本通知之日起30日内将整改情况书面报送本机关。</p>")
                    .append("<table><thead><tr><th>序号</th><th>问题类型</th><th>涉及人员</th><th>具体情况</th><th>依据</th></tr></thead><tbody>");
            int n = 0;
            for (FindingView f : findings) {
                b.append("<tr><td>").append(++n).append("</td><td>").append(esc(f.ruleLabel())).append("</td><td>")
                        .append(esc(String.join("、", f.persons().stream().map(p -> p.name() == null ? "" : p.name()).toList())))
                        .append("</td><td>").append(esc(f.message())).append("</td><td>").append(esc(f.basis())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<p class=\"sign\">机构编制委员会办公室<br>").append(date(r)).append("</p></body></html>");
        return b.toString();
    }

    private static String date(Rectification r) {
        return r.date().getYear() + "年" + r.date().getMonthValue() + "月" + r.date().getDayOfMonth() + "日";
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

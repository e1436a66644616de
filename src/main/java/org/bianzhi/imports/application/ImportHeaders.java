package org.bianzhi.imports.application;

import java.util.ArrayList;
import java.util.List;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;

/** The header row: every required column present (else the file is refused); unknown columns are noted. */
final class ImportHeaders {

    private ImportHeaders() {
    }

    static List<String> check(ImportKind kind, List<String> headers) {
        List<Violation> missing = kind.required().stream().filter(h -> !headers.contains(h))
                .map(h -> Violation.ofRow(1, h, "缺少必填列“" + h + "”")).toList();
        if (!missing.isEmpty()) {
            throw BianzhiException.invalid("文件表头缺少 " + kind.label() + " 文件的必填列：" + String.join("、",
                    missing.stream().map(Violation::column).toList()) + "。请确认上传的文件类型和表头（第 1 行）", missing);
        }
        List<String> notes = new ArrayList<>();
        for (String h : headers) {
            if (!h.isEmpty() && !kind.columns().contains(h)) notes.add("未识别的列“" + h + "”已忽略");
        }
        return notes;
    }
}

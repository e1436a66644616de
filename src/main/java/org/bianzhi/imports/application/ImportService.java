package org.bianzhi.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportReport;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.infrastructure.CsvTableReader;
import org.bianzhi.imports.infrastructure.XlsxTableReader;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;

/**
 * 批量导入: registers the existing situation from an office's file (CSV or XLSX). All or nothing by default; with
 * {@link Mode#VALID_ROWS} the good rows are stored and the bad ones reported. A rejected row never leaves
 * part of itself behind: a pass that rejects rows is rolled back and repeated without them.
 */
@ApplicationScoped
public class ImportService {

    /** A bad row rejects the whole file, or only itself. */
    public enum Mode { ALL_OR_NOTHING, VALID_ROWS }

    private static final int MAX_PASSES = 5;

    @Inject
    ImportPass pass;

    @Inject
    Scope scope;

    public ImportReport run(ImportKind kind, byte[] file, Mode mode, String basis) {
        if (kind != ImportKind.ROSTER) scope.requireAllUnits("导入" + kind.label());
        ImportTable table = XlsxTableReader.isXlsx(file) ? XlsxTableReader.read(file) : CsvTableReader.read(file);
        List<String> notes = checkHeaders(kind, table);
        if (table.rows().isEmpty()) throw BianzhiException.invalid("file", "文件只有表头，没有数据行");
        String basisDocument = basis == null || basis.isBlank() ? "批量导入（" + kind.label() + "）" : basis.strip();
        if (mode == Mode.ALL_OR_NOTHING) {
            RowResults r = pass.run(kind, table, Set.of(), basisDocument, false);
            ImportReport report = report(kind, table, r, r.rejected, notes);
            if (!r.rejected.isEmpty()) throw new ImportRejectedException(report);
            return report;
        }
        Set<Integer> skip = new HashSet<>();
        List<Violation> rejected = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            RowResults r = pass.run(kind, table, skip, basisDocument, attempt == MAX_PASSES);
            rejected.addAll(r.rejected);
            skip.addAll(r.rejectedRows);
            if (r.rejected.isEmpty() || attempt == MAX_PASSES) return report(kind, table, r, rejected, notes);
        }
    }

    private static List<String> checkHeaders(ImportKind kind, ImportTable table) {
        List<Violation> missing = kind.required().stream().filter(h -> !table.headers().contains(h))
                .map(h -> Violation.ofRow(1, h, "缺少必填列“" + h + "”")).toList();
        if (!missing.isEmpty()) {
            throw BianzhiException.invalid("文件表头缺少 " + kind.label() + " 文件的必填列：" + String.join("、",
                    missing.stream().map(Violation::column).toList()) + "。请确认上传的文件类型和表头（第 1 行）", missing);
        }
        List<String> notes = new ArrayList<>();
        for (String h : table.headers()) {
            if (!h.isEmpty() && !kind.columns().contains(h)) notes.add("未识别的列“" + h + "”已忽略");
        }
        return notes;
    }

    private static ImportReport report(ImportKind kind, ImportTable table, RowResults r, List<Violation> rejected,
                                       List<String> headerNotes) {
        List<String> notes = new ArrayList<>(headerNotes);
        notes.addAll(r.notes);
        List<Violation> sorted = new ArrayList<>(rejected);
        sorted.sort(Comparator.comparing(Violation::row));
        return new ImportReport(kind.path(), table.encoding(), table.rows().size(), r.created, r.updated, r.unchanged,
                sorted, notes);
    }
}

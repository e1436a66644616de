package org.bianzhi.shared.api;

import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.bianzhi.shared.application.DisclosureLog;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.infrastructure.TableWriter;

/**
 * Answers a report request in the format asked for: {@code format=json} (default) the view as JSON,
 * {@code csv} or {@code xlsx} the spreadsheet form as a download named after the report.
 */
public final class ReportResponse {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportResponse() {
    }

    public static Response of(String format, Supplier<?> json, Supplier<ReportTable> table, DisclosureLog disclosures) {
        String f = format == null || format.isBlank() ? "json" : format.toLowerCase();
        switch (f) {
            case "json":
                return Response.ok(json.get(), "application/json").build();
            case "csv":
            case "xlsx":
                ReportTable t = table.get();
                boolean csv = f.equals("csv");
                return Download.of(out -> {
                    try (TableWriter w = csv ? TableWriter.csv(out) : TableWriter.xlsx(out, t.title())) {
                        w.row(t.columns());
                        t.rows().forEach(w::row);
                    }
                    disclosures.flush();
                }, csv ? "text/csv; charset=UTF-8" : XLSX, t.title() + (csv ? ".csv" : ".xlsx"));
            default:
                throw BianzhiException.invalid("format", "报表格式“" + format + "”无法识别，应为 json、csv 或 xlsx");
        }
    }
}

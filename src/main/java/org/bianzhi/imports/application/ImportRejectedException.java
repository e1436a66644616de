package org.bianzhi.imports.application;

import org.bianzhi.imports.domain.ImportReport;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.RowCounts;

/** An all-or-nothing import refused because of bad rows; nothing was stored (all counts are 0). */
public class ImportRejectedException extends BianzhiException implements RowCounts {

    private final transient ImportReport report;
    private final Long jobId;

    public ImportRejectedException(ImportReport report, Long jobId) {
        super(Kind.INVALID, "import-rejected", "文件中有 " + report.rejected().stream().map(v -> v.row()).distinct().count()
                + " 行数据有误，整个文件未导入。请按错误清单逐行修改后重新导入，或选择“只导入正确的行”（mode=valid-rows）",
                report.rejected());
        this.report = report;
        this.jobId = jobId;
    }

    @Override
    public Long jobId() {
        return jobId;
    }

    public ImportReport report() {
        return report;
    }

    @Override
    public int created() {
        return 0;
    }

    @Override
    public int updated() {
        return 0;
    }

    @Override
    public int unchanged() {
        return 0;
    }
}

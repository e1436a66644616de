package org.bianzhi.imports.infrastructure;

import java.util.List;
import org.bianzhi.imports.domain.ImportColumn;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.shared.infrastructure.TableWriter;

/** 导入模板: how the sheets of an import kind are formatted: ID-number and code columns text, date columns dates. */
public final class TemplateWorkbook {

    private TemplateWorkbook() {
    }

    /** How each column of a kind's sheet is formatted, in the order of its files (for exports as well). */
    public static List<TableWriter.Format> sheetFormats(ImportKind kind) {
        return ImportColumn.of(kind).stream().map(TemplateWorkbook::sheetFormat).toList();
    }

    private static TableWriter.Format sheetFormat(ImportColumn column) {
        if (column.format() == ImportColumn.Format.DATE) return TableWriter.Format.DATE;
        return column.format().text() ? TableWriter.Format.TEXT : TableWriter.Format.GENERAL;
    }
}

package org.bianzhi.imports.infrastructure;

import java.util.List;
import org.bianzhi.imports.domain.ImportTable;

/**
 * Receives a table as it is read: the headers once, then each non-blank data row. Reading through a sink
 * keeps memory flat however large the file; whatever the sink throws reaches the caller of the read unchanged.
 */
public interface RowSink {

    /** @param encoding "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030", "GB18030 (BOM)" or "XLSX" */
    void headers(List<String> headers, String encoding);

    /** @param fractionRead share of the file (0..1) read so far, for progress estimates */
    void row(ImportTable.Row row, double fractionRead);

    /** What the reader tells the user about how it read the file (which sheet and header rows, hidden rows), in Chinese. */
    default void note(String note) {
    }
}

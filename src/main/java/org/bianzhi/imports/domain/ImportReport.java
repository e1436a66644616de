package org.bianzhi.imports.domain;

import java.util.List;
import org.bianzhi.shared.domain.Violation;

/**
 * The answer to an import: rows that created something, rows that changed an existing record, rows that
 * were already on record, and every rejected row with its column and reason. {@code notes} tell what was
 * adjusted while reading (e.g. a 15-digit ID number converted to 18 digits). {@code job} is the import job's
 * address, where the rejected rows can be downloaded as a spreadsheet.
 */
public record ImportReport(String kind, String encoding, int rows, int created, int updated, int unchanged,
                           List<Violation> rejected, List<String> notes, String job) {
}

package org.bianzhi.imports.application;

import java.util.List;
import org.bianzhi.imports.domain.StagedRow;
import org.bianzhi.shared.domain.Violation;

/** A row checked on its own: the normalised row to stage, or its faults; {@code convertedId}: a 15-digit ID number was converted. */
record CheckedRow<S extends StagedRow>(S staged, List<Violation> faults, boolean convertedId) {
}

package org.bianzhi.imports.infrastructure;

import java.util.List;
import org.bianzhi.imports.domain.ImportTable;

/**
 * Carries an exception thrown by a {@link RowSink} through a parser, so that a reader does not take a
 * cancellation or a refusal of the caller for a malformed file.
 */
final class SinkFailure extends RuntimeException {

    private SinkFailure(RuntimeException cause) {
        super(null, cause, false, false);
    }

    /** A sink that marks whatever {@code sink} throws as coming from the sink. */
    static RowSink guard(RowSink sink) {
        return new RowSink() {
            @Override
            public void headers(List<String> headers, String encoding) {
                try {
                    sink.headers(headers, encoding);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }

            @Override
            public void row(ImportTable.Row row, double fractionRead) {
                try {
                    sink.row(row, fractionRead);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }

            @Override
            public void note(String note) {
                try {
                    sink.note(note);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }
        };
    }

    /** Throws the sink's own exception if {@code e} carries one, however deep a parser wrapped it; else returns. */
    static void rethrowFromSink(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 50; depth++, t = t.getCause()) {
            if (t instanceof SinkFailure f) throw (RuntimeException) f.getCause();
        }
    }
}

package org.bianzhi.imports.infrastructure;

import org.bianzhi.shared.infrastructure.Sql;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.bianzhi.imports.domain.StagedRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes checked rows into a staging table as they are read: PostgreSQL's COPY (one stream for the whole file,
 * the cheapest way in), or JDBC batches on H2. The rows are committed when staging ends. Every staging table
 * starts with {@code job_id, row_no}; {@code columns} name the rest, in the order of {@link StagedRow#values()}.
 */
abstract class Staging implements AutoCloseable {

    abstract void add(StagedRow row) throws SQLException;

    abstract void finish() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    static Staging open(Connection c, boolean postgres, String table, String columns, long jobId) throws SQLException {
        c.setAutoCommit(false);
        String all = table + " (job_id, row_no, " + columns + ")";
        return postgres ? new Copy(c, all, jobId) : new Batch(c, all, columns.split(",").length + 2, jobId);
    }

    /** COPY … FROM STDIN in text format, fed 1 MiB at a time. */
    private static final class Copy extends Staging {
        private final Connection c;
        private final CopyIn copy;
        private final String prefix;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(Connection c, String tableAndColumns, long jobId) throws SQLException {
            this.c = c;
            this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + tableAndColumns + " from stdin");
            this.prefix = jobId + "\t";
        }

        @Override
        void add(StagedRow row) throws SQLException {
            buffer.append(prefix).append(row.row());
            for (Object v : row.values()) {
                buffer.append('\t');
                if (v == null) buffer.append("\\N");
                else escape(v instanceof LocalDate d ? d.toString() : v.toString());
            }
            buffer.append('\n');
            if (buffer.length() >= (1 << 20) - 4096) flush();
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(ch);
                }
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        void finish() throws SQLException {
            flush();
            copy.endCopy();
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            if (copy.isActive()) copy.cancelCopy();
        }
    }

    /** Batches of 1,000 inserts, committed together at the end. */
    private static final class Batch extends Staging {
        private final Connection c;
        private final PreparedStatement insert;
        private final long jobId;
        private int pending;

        Batch(Connection c, String tableAndColumns, int columns, long jobId) throws SQLException {
            this.c = c;
            this.jobId = jobId;
            this.insert = c.prepareStatement("insert into " + tableAndColumns + " values (?" + ", ?".repeat(columns - 1) + ")");
        }

        @Override
        void add(StagedRow row) throws SQLException {
            Object[] values = row.values();
            Object[] all = new Object[values.length + 2];
            all[0] = jobId;
            all[1] = row.row();
            System.arraycopy(values, 0, all, 2, values.length);
            Sql.bind(insert, all);
            insert.addBatch();
            if (++pending == 1000) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        void finish() throws SQLException {
            if (pending > 0) insert.executeBatch();
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

}

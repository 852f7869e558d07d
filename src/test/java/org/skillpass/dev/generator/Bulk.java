package org.skillpass.dev.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Batched inserts into one table over one connection: rows are added to a JDBC batch and sent every
 * {@code batchSize} rows (with {@code useBulkStmts=true} MariaDB Connector/J sends a batch as one bulk
 * command). The caller commits.
 */
final class Bulk implements AutoCloseable {

    private final PreparedStatement ps;
    private final int columns;
    private final int batchSize;
    private final int[] types;
    private int pending;
    private long rows;

    Bulk(Connection c, String table, int batchSize, String... columns) throws SQLException {
        this.columns = columns.length;
        this.types = new int[columns.length];
        java.util.Arrays.fill(types, java.sql.Types.VARCHAR);
        this.batchSize = batchSize;
        this.ps = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")");
    }

    void row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            set(i, values[i]);
        }
        ps.addBatch();
        rows++;
        if (++pending >= batchSize) {
            flush();
        }
    }

    /**
     * Typed setters (no codec search per value), and NULLs with the column's type seen so far, so the rows of a
     * batch keep one parameter type per column and the driver can send them as one bulk command.
     */
    private void set(int i, Object v) throws SQLException {
        int p = i + 1;
        if (v == null) {
            ps.setNull(p, types[i]);
        } else if (v instanceof Long l) {
            types[i] = java.sql.Types.BIGINT;
            ps.setLong(p, l);
        } else if (v instanceof Integer n) {
            types[i] = java.sql.Types.INTEGER;
            ps.setInt(p, n);
        } else if (v instanceof String s) {
            types[i] = java.sql.Types.VARCHAR;
            ps.setString(p, s);
        } else if (v instanceof Boolean b) {
            types[i] = java.sql.Types.BOOLEAN;
            ps.setBoolean(p, b);
        } else if (v instanceof java.math.BigDecimal d) {
            types[i] = java.sql.Types.DECIMAL;
            ps.setBigDecimal(p, d);
        } else if (v instanceof java.time.LocalDate d) {
            types[i] = java.sql.Types.DATE;
            ps.setObject(p, d);
        } else if (v instanceof java.time.LocalDateTime t) {
            types[i] = java.sql.Types.TIMESTAMP;
            ps.setObject(p, t);
        } else {
            ps.setObject(p, v);
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        ps.close();
    }
}

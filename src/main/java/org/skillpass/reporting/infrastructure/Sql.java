package org.skillpass.reporting.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL over either the container's EntityManager (inside the transaction of the event being
 * observed) or a JDBC connection (the data generator, tests' fixtures, bulk rebuilds), so the summary
 * code is one piece of code whichever way it runs. Parameters are positional ({@code ?}).
 */
public interface Sql {

    List<Object[]> rows(String sql, Object... args);

    int update(String sql, Object... args);

    static Sql of(EntityManager em) {
        return new Sql() {
            @Override
            public List<Object[]> rows(String sql, Object... args) {
                List<?> raw = bind(em.createNativeQuery(sql), args).getResultList();
                List<Object[]> out = new ArrayList<>(raw.size());
                for (Object r : raw) {
                    out.add(r instanceof Object[] a ? a : new Object[]{r});
                }
                return out;
            }

            @Override
            public int update(String sql, Object... args) {
                return bind(em.createNativeQuery(sql), args).executeUpdate();
            }

            private Query bind(Query q, Object... args) {
                for (int i = 0; i < args.length; i++) {
                    q.setParameter(i + 1, args[i]);
                }
                return q;
            }
        };
    }

    static Sql of(Connection c) {
        return new Sql() {
            @Override
            public List<Object[]> rows(String sql, Object... args) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, args);
                    try (ResultSet rs = ps.executeQuery()) {
                        int n = rs.getMetaData().getColumnCount();
                        List<Object[]> out = new ArrayList<>();
                        while (rs.next()) {
                            Object[] row = new Object[n];
                            for (int i = 0; i < n; i++) {
                                row[i] = rs.getObject(i + 1);
                            }
                            out.add(row);
                        }
                        return out;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
                }
            }

            @Override
            public int update(String sql, Object... args) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, args);
                    return ps.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
                }
            }

            private void bind(PreparedStatement ps, Object... args) throws SQLException {
                for (int i = 0; i < args.length; i++) {
                    Object a = args[i];
                    if (a instanceof LocalDate d) {
                        ps.setObject(i + 1, java.sql.Date.valueOf(d));
                    } else {
                        ps.setObject(i + 1, a);
                    }
                }
            }
        };
    }

    static long num(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof Number n) {
            return n.longValue();
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Long.parseLong(o.toString());
    }

    static Long numOrNull(Object o) {
        return o == null ? null : num(o);
    }

    static BigDecimal money(Object o) {
        if (o == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal b = o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
        return b.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static boolean bool(Object o) {
        return o != null && (o instanceof Boolean b ? b : num(o) != 0);
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }
}

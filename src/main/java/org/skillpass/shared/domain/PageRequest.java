package org.skillpass.shared.domain;

import java.util.Map;

/**
 * One page of a growing list, asked for by offset and size, sorted by a whitelisted field.
 *
 * @param filters field name to filter text; each service decides which fields it honours
 */
public record PageRequest(int offset, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (offset < 0) {
            offset = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }

    public String filter(String field) {
        String v = filters.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }
}

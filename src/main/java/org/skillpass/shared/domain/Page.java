package org.skillpass.shared.domain;

import java.util.List;

/** A page of rows and the total count of rows matching the same filters. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}

package org.skillpass.shared.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;

import java.io.Serial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy model over a scoped service method: the table's page, sort and column filters
 * become a {@link PageRequest}, and the service pages in SQL. Rows are keyed by a function.
 */
public class ServiceLazyDataModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Serializable so the model can live in a view-scoped bean. */
    public interface Loader<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {
    }

    public interface KeyOf<T> extends Function<T, String>, java.io.Serializable {
    }

    private final Loader<T> loader;
    private final KeyOf<T> keyOf;
    private final Map<String, String> fixedFilters = new HashMap<>();

    public ServiceLazyDataModel(Loader<T> loader, KeyOf<T> keyOf) {
        this.loader = loader;
        this.keyOf = keyOf;
    }

    /** A filter applied on top of the column filters (e.g. from a search box outside the table). */
    public void setFixedFilter(String field, String value) {
        if (value == null || value.isBlank()) {
            fixedFilters.remove(field);
        } else {
            fixedFilters.put(field, value);
        }
    }

    /**
     * Applies a search-box filter and sends the table back to its first page. Search boxes sit above
     * the table because on a phone the table reflows and its column headers (and their filters) hide.
     */
    public void search(String tableClientId, String field, String value) {
        setFixedFilter(field, value);
        var table = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof org.primefaces.component.datatable.DataTable dt) {
            dt.setFirst(0);
        }
    }

    /**
     * PrimeFaces asks for the count, then for the page. The service answers both in one call, so the count loads
     * the page the table is about to ask for (its current first row, rows and sort) and keeps it for the rest of
     * this request; load() takes it when it asks for exactly that page (otherwise it loads its own). Before, every
     * table display ran the service's count and page queries twice.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        int first = 0;
        int rows = 1;
        Map<String, SortMeta> sortBy = Map.of();
        if (fc != null && jakarta.faces.component.UIComponent.getCurrentComponent(fc)
                instanceof org.primefaces.component.datatable.DataTable dt && dt.getRows() > 0) {
            first = dt.getFirst();
            rows = dt.getRows();
            sortBy = dt.getSortByAsMap() == null ? Map.of() : dt.getSortByAsMap();
        }
        PageRequest r = request(first, rows, sortBy, filterBy);
        Page<T> page = loader.apply(r);
        if (fc != null) {
            fc.getAttributes().put(prefetchKey(), new Prefetched<>(r, page));
        }
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest r = request(first, pageSize, sortBy, filterBy);
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        Object kept = fc == null ? null : fc.getAttributes().remove(prefetchKey());
        @SuppressWarnings("unchecked")
        Page<T> page = kept instanceof Prefetched<?> p && p.request().equals(r) ? (Page<T>) p.page() : loader.apply(r);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    /** A page loaded by count() for the load() of the same request. */
    private record Prefetched<T>(PageRequest request, Page<T> page) {
    }

    private String prefetchKey() {
        return "skillpass.lazy.prefetched." + System.identityHashCode(this);
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixedFilters);
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(field, String.valueOf(meta.getFilterValue()));
            }
        });
        String sortField = null;
        boolean asc = true;
        for (SortMeta s : sortBy.values()) {
            if (s.getOrder() != SortOrder.UNSORTED) {
                sortField = s.getField();
                asc = s.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return new PageRequest(first, size, sortField, asc, filters);
    }

    @Override
    public String getRowKey(T row) {
        return keyOf.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        // rows are re-read by key through the service when a bean needs one; tables here select no rows
        return null;
    }
}

package org.skillpass.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Records on pages: {@code #{row.state()}} and {@code #{row.state}} read a record component through its accessor,
 * found once per record class. The standard bean resolver of Jakarta EL 5 knows no records: it looked every
 * accessor call up by reflection on every evaluation ({@code Class.getMethods}, 7.9 % of the server's samples on
 * the claim queue in the benchmark, 20 rows × 20 cells a page). Anything else is left to the other resolvers.
 */
public class RecordElResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> m = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    m.put(c.getName(), accessor);
                }
            }
            return Map.copyOf(m);
        }
    };

    static Method accessor(Object base, Object name) {
        if (base == null || !base.getClass().isRecord() || !(name instanceof String s)) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(s);
    }

    private static Object read(ELContext context, Object base, Object name, Method accessor) {
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, name);
            return value;
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        Method accessor = accessor(base, method);
        if (accessor == null || (params != null && params.length > 0)) {
            return null;
        }
        return read(context, base, method, accessor);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        return accessor == null ? null : read(context, base, property, accessor);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // records cannot be changed: left to the other resolvers, which refuse
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? Object.class : null;
    }
}

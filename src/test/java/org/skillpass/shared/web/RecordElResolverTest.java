package org.skillpass.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordElResolverTest {

    public record Line(String state, int openFlags) {
        public String label() {
            return state + "/" + openFlags;
        }
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    private final RecordElResolver resolver = new RecordElResolver();

    @Test
    void readsRecordComponentsAsCallsAndAsProperties() {
        Line line = new Line("SUBMITTED", 2);
        ELContext c = context();
        assertEquals("SUBMITTED", resolver.invoke(c, line, "state", new Class<?>[0], new Object[0]));
        assertTrue(c.isPropertyResolved());
        c = context();
        assertEquals(2, resolver.getValue(c, line, "openFlags"));
        assertTrue(c.isPropertyResolved());
        c = context();
        assertTrue(resolver.isReadOnly(c, line, "state"));
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        Line line = new Line("SUBMITTED", 2);
        ELContext c = context();
        assertNull(resolver.invoke(c, line, "label", new Class<?>[0], new Object[0]), "a method that is no component");
        assertFalse(c.isPropertyResolved());
        assertNull(resolver.invoke(c, line, "state", new Class<?>[]{String.class}, new Object[]{"x"}), "a call with arguments");
        assertFalse(c.isPropertyResolved());
        assertNull(resolver.getValue(c, "a string", "length"));
        assertNull(resolver.getValue(c, null, "line"));
        assertFalse(c.isPropertyResolved());
        assertFalse(resolver.isReadOnly(c, new Object(), "state"));
    }
}

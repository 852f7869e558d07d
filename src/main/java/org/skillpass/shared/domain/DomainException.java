package org.skillpass.shared.domain;

import java.util.Arrays;

/**
 * A business rule said no. Carries a resource-bundle key and arguments rather than text, so every
 * layer can show it in the caller's language. Unchecked, so it rolls back the surrounding transaction.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}

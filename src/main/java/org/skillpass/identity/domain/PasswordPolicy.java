package org.skillpass.identity.domain;

import org.skillpass.shared.domain.DomainException;

/** At least 8 characters, at most 64, with a letter and a digit: what a phone keyboard allows easily. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new DomainException("password.length", MIN_LENGTH, MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new DomainException("password.mix");
        }
    }
}

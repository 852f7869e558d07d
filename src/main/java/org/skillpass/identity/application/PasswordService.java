package org.skillpass.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillpass.identity.domain.PasswordPolicy;

import java.util.Map;

/** Hashes passwords with the container's PBKDF2 implementation, after the password policy has passed. */
@ApplicationScoped
public class PasswordService {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "skillpass.security.pbkdf2-iterations", defaultValue = "120000")
    int iterations;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** @throws org.skillpass.shared.domain.DomainException when the password breaks the policy */
    public String hashNew(String password) {
        PasswordPolicy.check(password);
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }
}

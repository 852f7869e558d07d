package org.skillpass.certificate.infrastructure.pdf;

import java.security.Provider;
import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider this code uses, without touching the JVM's provider list when it can: the
 * server may already have registered a BC of its own (possibly from another class loader, so another
 * version), and registering ours from a web application would pin its class loader after undeploy.
 * A registered BC of our own class is reused; otherwise a private instance is used by reference.
 */
final class BouncyCastle {

    private static final Provider PROVIDER = choose();

    private BouncyCastle() {
    }

    static Provider provider() {
        return PROVIDER;
    }

    private static Provider choose() {
        Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (registered != null && registered.getClass() == BouncyCastleProvider.class) {
            return registered;
        }
        return new BouncyCastleProvider();
    }
}

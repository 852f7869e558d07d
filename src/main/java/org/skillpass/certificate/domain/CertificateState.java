package org.skillpass.certificate.domain;

/** What the verify page says of a certificate. */
public enum CertificateState {
    VALID, REVOKED,
    /** A reissue (e.g. a corrected name) replaced it; the verify page names the replacement. */
    REPLACED
}

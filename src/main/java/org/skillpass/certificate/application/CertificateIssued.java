package org.skillpass.certificate.application;

/** A certificate row was written; after the transaction commits its PDF is rendered, signed and frozen. */
public record CertificateIssued(long certificateId) {
}

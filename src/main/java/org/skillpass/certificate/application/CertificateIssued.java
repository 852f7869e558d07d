package org.skillpass.certificate.application;

/**
 * A certificate row was written. After the transaction commits its PDF is rendered, signed and frozen:
 * in the background when {@code renderInBackground}, otherwise by the issuer itself (a class batch
 * renders on its own worker threads).
 */
public record CertificateIssued(long certificateId, boolean renderInBackground) {
}

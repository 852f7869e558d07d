/**
 * The certificate PDF engine, plain Java with no container: {@link
 * org.skillpass.certificate.infrastructure.pdf.CertificateRenderer} and {@link
 * org.skillpass.certificate.infrastructure.pdf.TranscriptRenderer} draw A4 pages from versioned
 * {@link org.skillpass.certificate.infrastructure.pdf.TemplateLayout}s, {@link
 * org.skillpass.certificate.infrastructure.pdf.PdfSigner} adds a PAdES (ETSI.CAdES.detached) signature so
 * that any later edit shows, and {@link org.skillpass.certificate.infrastructure.pdf.PdfSignatureCheck}
 * tells whether a file is still as signed.
 *
 * <p>Everything here is safe to call from many threads: PDFBox objects never leave the call that made
 * them, except the parsed fonts, which are kept per thread (parsing a 10 MB CJK font per document would
 * cost more than drawing it). Chinese text is embedded as a font subset (~8 KB) rather than the whole font.
 */
package org.skillpass.certificate.infrastructure.pdf;

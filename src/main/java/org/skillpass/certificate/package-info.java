/**
 * The certificate bounded context: certificate types and numbers, issuing certificates (职业技能等级证书,
 * 专项职业能力证书, 培训合格证书) as signed one-page PDFs, revocation, public verification by number or QR
 * code, and the learner's lifelong training transcript (终身职业技能培训档案) as a PDF.
 *
 * <p>{@code domain} holds the plain rules (numbering); {@code infrastructure.pdf} holds the container-free
 * PDF engine (rendering, signing, signature checks) that the services build on.
 */
package org.skillpass.certificate;

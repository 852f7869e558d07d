package org.skillpass.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.certificate.application.TranscriptService;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.LocaleBean;
import org.skillpass.shared.web.Messages;

import java.io.Serializable;

/** certificate/transcript.xhtml?worker=: a worker's lifelong record (their own without the parameter). */
@Named
@ViewScoped
public class TranscriptBean implements Serializable {

    @Inject
    transient TranscriptService transcripts;

    @Inject
    CurrentCaller caller;

    @Inject
    LocaleBean locale;

    private Long worker;
    private transient TranscriptContent transcript;

    public void load() {
        if (worker == null) {
            worker = caller.get().accountId();
        }
        try {
            transcript = transcripts.transcript(caller.get(), worker, locale.getLocale());
        } catch (DomainException e) {
            Messages.error(null, e);
            worker = null;
        }
    }

    public Long getWorker() { return worker; }
    public void setWorker(Long worker) { this.worker = worker; }
    public TranscriptContent getTranscript() { return transcript; }
}

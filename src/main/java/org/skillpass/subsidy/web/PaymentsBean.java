package org.skillpass.subsidy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.PaymentService;
import org.skillpass.subsidy.domain.PaymentBatch;
import org.skillpass.subsidy.infrastructure.PaymentFiles;

import java.io.Serializable;
import java.util.List;

/**
 * subsidy/payments.xhtml (HR): the payable claims not yet in a batch, a new payment batch of them, each
 * batch's export for the bank (xlsx with totals per payee account, or csv), and the bank's confirmation
 * file — refused as a whole with every bad row listed, or applied to all rows.
 */
@Named
@ViewScoped
public class PaymentsBean implements Serializable {

    @Inject
    transient PaymentService payments;

    @Inject
    CurrentCaller caller;

    private PaymentService.Pool pool;
    private List<PaymentBatch> batches;
    private Long batchId;
    private transient UploadedFile file;
    private List<String> errors = List.of();
    private String regionCode;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        pool = payments.pool(caller.get());
        batches = payments.batches(caller.get());
        if (batchId == null && !batches.isEmpty()) {
            batchId = batches.get(0).getId();
        }
    }

    public void create() {
        try {
            PaymentBatch b = payments.createBatch(caller.get(), regionCode);
            batchId = b.getId();
            Messages.info("subsidy.payment.created", b.getId(), b.getClaimCount(), SubsidyTexts.money(b.getTotalAmount()));
            reload();
        } catch (DomainException e) {
            Messages.error("createForm", e);
        }
    }

    public void confirm() {
        errors = List.of();
        try {
            PaymentService.ConfirmationResult r = payments.confirm(caller.get(), batchId, file == null ? null : file.getFileName(),
                    file == null ? null : file.getContent());
            Messages.info("subsidy.confirm.done", r.paid(), r.failed());
        } catch (PaymentService.ConfirmationException e) {
            errors = e.errors().stream().map(PaymentsBean::text).toList();
            Messages.error(null, e);
        } catch (DomainException e) {
            Messages.error("confirmForm", e);
        }
        reload();
    }

    private static String text(PaymentFiles.RowError e) {
        String m = Messages.text(e.messageKey(), e.args());
        return e.row() > 0 ? Messages.text("subsidy.confirm.row", String.valueOf(e.row()), m) : m;
    }

    public boolean isAdmin() {
        return caller.get().isAdmin();
    }

    public PaymentService.Pool getPool() { return pool; }
    public List<PaymentBatch> getBatches() { return batches; }
    public Long getBatchId() { return batchId; }
    public void setBatchId(Long batchId) { this.batchId = batchId; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<String> getErrors() { return errors; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
}

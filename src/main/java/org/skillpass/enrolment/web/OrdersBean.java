package org.skillpass.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.application.CatalogService;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.enrolment.application.OrderService;
import org.skillpass.enrolment.domain.TrainingOrder;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * enrolment/orders.xhtml: an employer places orders and follows them; an institution sees the open
 * orders of its city and accepts one; an HR officer sees those of the region.
 */
@Named
@ViewScoped
public class OrdersBean implements Serializable {

    @Inject
    transient OrderService orders;

    @Inject
    transient CatalogService catalog;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<TrainingOrder> mine;
    private ServiceLazyDataModel<TrainingOrder> open;
    private Long occupationId;
    private Integer level = 5;
    private Integer headcount;
    private BigDecimal wageOffered;
    private String skillRequirements;
    private LocalDate deadline = LocalDate.now().plusMonths(2);
    private String hiringCommitment;

    @PostConstruct
    void init() {
        mine = new ServiceLazyDataModel<>(r -> orders.page(caller.get(), r), o -> String.valueOf(o.getId()));
        open = new ServiceLazyDataModel<>(r -> orders.page(caller.get(), r), o -> String.valueOf(o.getId()));
        open.setFixedFilter("open", "true");
    }

    public boolean isEmployer() {
        return caller.get().has(Role.EMPLOYER);
    }

    public boolean isInstitution() {
        return caller.get().has(Role.INSTITUTION_STAFF);
    }

    public List<Occupation> completeOccupation(String query) {
        return catalog.search(query, 20);
    }

    public String place() {
        try {
            TrainingOrder o = orders.place(caller.get(), new OrderService.NewOrder(occupationId, level, headcount, wageOffered,
                    skillRequirements, deadline, hiringCommitment));
            Messages.info("order.placed");
            Messages.keepForRedirect();
            return "/enrolment/order.xhtml?faces-redirect=true&id=" + o.getId();
        } catch (DomainException e) {
            Messages.error("orderForm", e);
            return null;
        }
    }

    public String accept(long orderId) {
        try {
            orders.accept(caller.get(), orderId);
            Messages.info("order.acceptedMsg");
            Messages.keepForRedirect();
            return "/enrolment/order.xhtml?faces-redirect=true&id=" + orderId;
        } catch (DomainException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public SkillLevel[] getLevels() {
        return SkillLevel.values();
    }

    public ServiceLazyDataModel<TrainingOrder> getMine() {
        return mine;
    }

    public ServiceLazyDataModel<TrainingOrder> getOpen() {
        return open;
    }

    public Long getOccupationId() {
        return occupationId;
    }

    public void setOccupationId(Long occupationId) {
        this.occupationId = occupationId;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public BigDecimal getWageOffered() {
        return wageOffered;
    }

    public void setWageOffered(BigDecimal wageOffered) {
        this.wageOffered = wageOffered;
    }

    public String getSkillRequirements() {
        return skillRequirements;
    }

    public void setSkillRequirements(String skillRequirements) {
        this.skillRequirements = skillRequirements;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getHiringCommitment() {
        return hiringCommitment;
    }

    public void setHiringCommitment(String hiringCommitment) {
        this.hiringCommitment = hiringCommitment;
    }
}

package org.skillpass.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.application.CourseService;
import org.skillpass.catalog.domain.ClassDetails;
import org.skillpass.catalog.domain.Course;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** catalog/classes.xhtml: the institution's classes and the form to open a new one (as DRAFT). */
@Named
@ViewScoped
public class ClassesBean implements Serializable {

    @Inject
    transient ClassService classes;

    @Inject
    transient CourseService courses;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<TrainingClass> model;
    private Long courseId;
    private Long orderId;

    @Inject
    transient org.skillpass.enrolment.application.OrderService orders;
    private ClassForm form = new ClassForm();

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> classes.page(caller.get(), r), c -> String.valueOf(c.getId()));
        form.setStartDate(LocalDate.now().plusDays(14));
        form.setEndDate(LocalDate.now().plusDays(34));
        form.setCapacity(30);
    }

    public List<Course> getCourses() {
        return courses.ownCourses(caller.get());
    }

    public String create() {
        try {
            if (courseId == null) {
                throw new FieldException("course", "class.course.unknown");
            }
            TrainingClass c = classes.create(caller.get(), courseId, form.toDetails(), orderId);
            Messages.info("class.created", c.getName());
            Messages.keepForRedirect();
            return "/catalog/manage.xhtml?faces-redirect=true&id=" + c.getId();
        } catch (DomainException e) {
            Messages.error("classForm", e);
            return null;
        }
    }

    /** Orders this institution accepted, to open a class for one. */
    public List<org.skillpass.enrolment.domain.TrainingOrder> getOrders() {
        return orders.acceptedByMe(caller.get());
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public ServiceLazyDataModel<TrainingClass> getModel() {
        return model;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public ClassForm getForm() {
        return form;
    }
}

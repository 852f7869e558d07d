package org.skillpass.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.application.CatalogService;
import org.skillpass.catalog.application.CourseService;
import org.skillpass.catalog.domain.Course;
import org.skillpass.catalog.domain.CourseKind;
import org.skillpass.catalog.domain.DeliveryMode;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.catalog.domain.TrainingType;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** catalog/courses.xhtml: the institution's courses and the form to add one. */
@Named
@ViewScoped
public class CoursesBean implements Serializable {

    @Inject
    transient CourseService courses;

    @Inject
    transient CatalogService catalog;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<Course> model;
    private CourseKind kind = CourseKind.OCCUPATION_LEVEL;
    private Long occupationId;
    private Integer level = 5;
    private String title;
    private TrainingType trainingType = TrainingType.EMPLOYMENT_SKILLS;
    private DeliveryMode deliveryMode = DeliveryMode.ON_SITE;
    private Integer theoryHours;
    private Integer practicalHours;
    private BigDecimal cost;
    private String description;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> courses.page(caller.get(), r), c -> String.valueOf(c.getId()));
    }

    public List<Occupation> completeOccupation(String query) {
        return catalog.search(query, 20);
    }

    public void create() {
        try {
            Course c = courses.create(caller.get(), new CourseService.NewCourse(kind, occupationId, level, title, trainingType,
                    deliveryMode, theoryHours == null ? 0 : theoryHours, practicalHours == null ? 0 : practicalHours, cost,
                    description));
            Messages.info("course.created", c.getTitle());
            title = null;
            description = null;
        } catch (DomainException e) {
            Messages.error("courseForm", e);
        }
    }

    public CourseKind[] getKinds() {
        return CourseKind.values();
    }

    public SkillLevel[] getLevels() {
        return SkillLevel.values();
    }

    public TrainingType[] getTrainingTypes() {
        return TrainingType.values();
    }

    public DeliveryMode[] getDeliveryModes() {
        return DeliveryMode.values();
    }

    public ServiceLazyDataModel<Course> getModel() {
        return model;
    }

    public CourseKind getKind() {
        return kind;
    }

    public void setKind(CourseKind kind) {
        this.kind = kind;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public TrainingType getTrainingType() {
        return trainingType;
    }

    public void setTrainingType(TrainingType trainingType) {
        this.trainingType = trainingType;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    public Integer getTheoryHours() {
        return theoryHours;
    }

    public void setTheoryHours(Integer theoryHours) {
        this.theoryHours = theoryHours;
    }

    public Integer getPracticalHours() {
        return practicalHours;
    }

    public void setPracticalHours(Integer practicalHours) {
        this.practicalHours = practicalHours;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

package org.skillpass.catalog.web;

import org.skillpass.catalog.domain.ClassDetails;

import java.io.Serializable;
import java.time.LocalDate;

/** The editable fields of a class as a form holds them (nullable until submitted). */
public class ClassForm implements Serializable {

    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    private String venue;
    private boolean online;
    private Integer capacity;
    private String teachers;
    private String teachingPlan;
    private String assessmentPlan;

    public static ClassForm of(ClassDetails d) {
        ClassForm f = new ClassForm();
        f.name = d.name();
        f.startDate = d.startDate();
        f.endDate = d.endDate();
        f.venue = d.venue();
        f.online = d.online();
        f.capacity = d.capacity();
        f.teachers = d.teachers();
        f.teachingPlan = d.teachingPlan();
        f.assessmentPlan = d.assessmentPlan();
        return f;
    }

    public ClassDetails toDetails() {
        return new ClassDetails(name, startDate, endDate, venue, online, capacity == null ? 0 : capacity, teachers,
                teachingPlan, assessmentPlan);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getTeachers() {
        return teachers;
    }

    public void setTeachers(String teachers) {
        this.teachers = teachers;
    }

    public String getTeachingPlan() {
        return teachingPlan;
    }

    public void setTeachingPlan(String teachingPlan) {
        this.teachingPlan = teachingPlan;
    }

    public String getAssessmentPlan() {
        return assessmentPlan;
    }

    public void setAssessmentPlan(String assessmentPlan) {
        this.assessmentPlan = assessmentPlan;
    }
}

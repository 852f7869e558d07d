package org.skillpass.shared.application;

import org.junit.jupiter.api.Test;
import org.skillpass.identity.domain.OrganisationType;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.AccessDeniedException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tenant coverage for each role, the rule every scoped service builds on. */
class CallerTest {

    private static final String CHUANYING = "220000/220200/220204/";
    private static final String WENFENG = "410000/410500/410502/";

    @Test
    void staffCoverOnlyTheirOwnOrganisation() {
        for (Role role : new Role[]{Role.INSTITUTION_STAFF, Role.ASSESSOR, Role.EMPLOYER}) {
            Caller c = new Caller(1L, "s", Set.of(role), 10L, role.organisationType(), CHUANYING);
            assertThat(c.covers(10L, CHUANYING)).isTrue();
            assertThat(c.covers(11L, CHUANYING)).as("another organisation in the same county").isFalse();
        }
    }

    @Test
    void hrOfficersCoverTheirRegionAndBelow() {
        Caller city = new Caller(1L, "hr", Set.of(Role.HR_OFFICER), 5L, OrganisationType.HR_BUREAU, "220000/220200/");
        assertThat(city.covers(99L, CHUANYING)).isTrue();
        assertThat(city.covers(99L, WENFENG)).isFalse();
        assertThat(city.covers(99L, "220000/")).as("the province above").isFalse();
    }

    @Test
    void adminsCoverEverythingWorkersAndAnonymousNothing() {
        Caller admin = new Caller(1L, "a", Set.of(Role.ADMIN), null, null, null);
        Caller worker = new Caller(2L, "w", Set.of(Role.WORKER), null, null, null);
        assertThat(admin.covers(1L, WENFENG)).isTrue();
        assertThat(worker.covers(1L, WENFENG)).isFalse();
        assertThat(Caller.anonymous().covers(1L, WENFENG)).isFalse();
        assertThat(Caller.anonymous().isAuthenticated()).isFalse();
        assertThatThrownBy(() -> worker.require(Role.ADMIN, Role.HR_OFFICER)).isInstanceOf(AccessDeniedException.class);
    }
}

package org.skillpass.identity.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A staff account's role must fit its organisation's type. */
class AccountTest {

    @Test
    void staffRolesNeedAnOrganisationOfTheirType() {
        Organisation institution = new Organisation(OrganisationType.INSTITUTION, "学校", null, region(), null);
        Organisation employer = new Organisation(OrganisationType.EMPLOYER, "公司", null, region(), null);
        assertThat(new Account("staff", "h", "刘", Role.INSTITUTION_STAFF, institution).getRoles())
                .containsExactly(Role.INSTITUTION_STAFF);
        assertThatThrownBy(() -> new Account("staff", "h", "刘", Role.INSTITUTION_STAFF, employer))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("staff", "h", "刘", Role.HR_OFFICER, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("13800000009", "h", "张", Role.WORKER, institution))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyOrganisationTypeHasItsStaffRole() {
        for (OrganisationType t : OrganisationType.values()) {
            assertThat(t.staffRole().organisationType()).isEqualTo(t);
        }
    }

    private static Region region() {
        return new Region() {
            @Override
            public String getCode() {
                return "220204";
            }

            @Override
            public String getPath() {
                return "220000/220200/220204/";
            }
        };
    }
}

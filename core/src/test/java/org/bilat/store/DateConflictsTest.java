package org.bilat.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateConflictsTest {
    @Test
    void aPassageClaimsADateOnlyWhenItStatesItsYear() {
        assertThat(DateConflicts.statesItsYear("Work on the missile started in 2015", "2015"))
                .isTrue();
        assertThat(DateConflicts.statesItsYear("held on 11-18 July 2017", "2017-07-11/2017-07-18"))
                .isTrue();
        assertThat(DateConflicts.statesItsYear("The upgraded model has a longer range", "2015"))
                .isFalse();
    }
}

package org.bilat.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final LocalDate TODAY = LocalDate.parse("2030-03-01");

    @Test
    void untilDefaultsToTodayAndThePreviousPeriodHasAsManyDays() {
        Period period = Period.parse("2030-02-01", null, TODAY);

        assertThat(period).hasToString("2030-02-01 to 2030-03-01");
        assertThat(period.previous()).hasToString("2030-01-03 to 2030-01-31");
        assertThat(period.previous().days()).isEqualTo(period.days());
    }

    @Test
    void rejectsADateThatIsNotIsoAndAnEndBeforeTheStart() {
        assertThatThrownBy(() -> Period.parse("last week", null, TODAY))
                .hasMessage("--since: 'last week' is not a date; give YYYY-MM-DD, e.g. 2024-01-01");
        assertThatThrownBy(() -> Period.parse("2030-02-01", "2030-01-01", TODAY))
                .hasMessage("--until 2030-01-01 is before --since 2030-02-01");
    }
}

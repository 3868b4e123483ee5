package dev.strata.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.common.PageRequest.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void defaultsToNewestFirst() {
        assertThat(new PageRequest(5, null, null, null).order()).isEqualTo(Order.DESC);
        assertThat(PageRequest.first().limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, PageRequest.MAX_LIMIT + 1})
    void refusesLimitOutOfRangeNamingIt(int limit) {
        assertThatThrownBy(() -> PageRequest.ofLimit(limit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit is " + limit)
                .hasMessageContaining("1 to " + PageRequest.MAX_LIMIT);
    }

    @Test
    void refusesBlankCursor() {
        assertThatThrownBy(() -> PageRequest.first().withAfter(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after is ' '");
    }

    @Test
    void withAfterKeepsTheRest() {
        PageRequest next = new PageRequest(7, null, "z", Order.ASC).withAfter("job-9");

        assertThat(next).isEqualTo(new PageRequest(7, "job-9", "z", Order.ASC));
    }

    @Test
    void orderReadsItsWireNames() {
        assertThat(Order.fromWireName("asc")).isEqualTo(Order.ASC);
        assertThatThrownBy(() -> Order.fromWireName("ASC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order 'ASC' is not known; use one of: asc, desc");
    }
}

package dev.strata.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void takesIdsFromFirstAndLastItem() {
        Page<String> page = Page.of(List.of("job-1", "job-2", "job-3"), true, item -> item);

        assertThat(page.firstId()).isEqualTo("job-1");
        assertThat(page.lastId()).isEqualTo("job-3");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void emptyPageHasNoIds() {
        Page<String> page = Page.of(List.of(), false, item -> item);

        assertThat(page).isEqualTo(Page.empty());
        assertThat(page.firstId()).isNull();
    }

    @Test
    void refusesIdsOnEmptyPage() {
        assertThatThrownBy(() -> new Page<>(List.of(), "a", "b", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an empty page has no ids");
    }

    @Test
    void refusesMissingIdsOnFullPage() {
        assertThatThrownBy(() -> new Page<>(List.of("a"), null, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data has 1 items");
    }
}

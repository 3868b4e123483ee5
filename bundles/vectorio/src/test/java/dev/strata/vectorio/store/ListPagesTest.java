package dev.strata.vectorio.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ListPagesTest {

    private static final List<String> OLDEST_FIRST = List.of("a", "b", "c", "d", "e");

    private static Page<String> page(int limit, String after, String before, PageRequest.Order order) {
        return ListPages.page(OLDEST_FIRST, new PageRequest(limit, after, before, order), Function.identity());
    }

    @Test
    void pagesRunNewestFirstByDefaultAndSayWhetherMoreFollow() {
        Page<String> first = page(2, null, null, null);
        Page<String> second = page(2, first.lastId(), null, null);
        Page<String> last = page(2, second.lastId(), null, null);

        assertThat(first.data()).containsExactly("e", "d");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.data()).containsExactly("c", "b");
        assertThat(last.data()).containsExactly("a");
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void beforeGivesTheItemsClosestToItsItem() {
        Page<String> page = page(2, null, "d", PageRequest.Order.ASC);

        assertThat(page.data()).containsExactly("b", "c");
        assertThat(page.hasMore()).isTrue();
        assertThat(page(10, "a", "d", PageRequest.Order.ASC).data()).containsExactly("b", "c");
    }

    @Test
    void aCursorNamingNoItemGivesAnEmptyPage() {
        assertThat(page(2, "zz", null, null).data()).isEmpty();
        assertThat(page(2, null, "zz", null).data()).isEmpty();
        assertThat(page(2, "d", "b", PageRequest.Order.ASC).data()).isEmpty();
    }
}

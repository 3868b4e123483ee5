package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.VectorStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreNamesTest {

    private final FakeVectorIO vectorIO = new FakeVectorIO(new FakeFiles());

    @Test
    void aStoreIsFoundByIdOrByName() {
        VectorStore docs = vectorIO.add("docs");
        vectorIO.add("wiki");

        assertThat(StoreNames.resolve(vectorIO, docs.id())).isEqualTo(docs);
        assertThat(StoreNames.resolve(vectorIO, "docs")).isEqualTo(docs);
    }

    @Test
    void aNameSeveralStoresShareIsRefusedWithTheirIds() {
        VectorStore first = vectorIO.add("docs");
        VectorStore second = vectorIO.add("docs");

        assertThatThrownBy(() -> StoreNames.resolve(vectorIO, "docs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 vector stores are named 'docs' (" + second.id() + ", " + first.id()
                        + "); name one by its id");
        assertThat(StoreNames.resolve(vectorIO, first.id())).isEqualTo(first);
    }

    @Test
    void aNameThatMatchesNothingSaysWhereToLook() {
        vectorIO.add("Docs");
        vectorIO.add("wiki");

        assertThatThrownBy(() -> StoreNames.resolve(vectorIO, "docs"))
                .hasMessage("No vector store has the id or name 'docs'; did you mean 'Docs' (vs_1)?");
        assertThatThrownBy(() -> StoreNames.resolve(vectorIO, "vs_99"))
                .hasMessage(
                        "No vector store has the id or name 'vs_99'; vs:list shows the stores, vs:create makes one");
    }

    @Test
    void aStoreNamedLikeAnIdIsFoundByName() {
        VectorStore odd = vectorIO.add("vs_docs");

        assertThat(StoreNames.resolve(vectorIO, "vs_docs")).isEqualTo(odd);
    }

    @Test
    void namesAreLookedUpOnEveryPage() {
        List<VectorStore> added = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            added.add(vectorIO.add("store " + i));
        }

        assertThat(StoreNames.resolve(vectorIO, "store 0")).isEqualTo(added.get(0));
        assertThat(StoreNames.all(vectorIO, Integer.MAX_VALUE)).hasSize(250).doesNotHaveDuplicates();
        assertThat(StoreNames.all(vectorIO, 120)).hasSize(120).first().isEqualTo(added.get(249));
    }

    @Test
    void completionOffersIdsAndNamesTheShellTakesAsOneWord() {
        VectorStore plain = vectorIO.add("docs");
        VectorStore spaced = vectorIO.add("my docs");
        List<String> candidates = new ArrayList<>();

        StoreCompleter.candidates(List.of(plain, spaced), candidates);

        assertThat(candidates).containsExactly(plain.id(), "docs", spaced.id());
    }
}

package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.console.vs.SourceFiles.LocalFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir
    Path base;

    private void write(String path, String content) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private SourceFiles.Found walk(String... arguments) {
        return SourceFiles.walk(List.of(arguments), base, base.resolve("home"));
    }

    @Test
    void foldersAreWalkedToAnyDepthSortedWithHiddenFilesLeftOut() throws IOException {
        write("docs/b.md", "bb");
        write("docs/a/z.txt", "z");
        write("docs/a/.draft.txt", "x");
        write("docs/.git/config", "x");
        write("docs/c.pdf", "ccc");

        SourceFiles.Found found = walk("docs");

        assertThat(found.files().stream().map(LocalFile::shown))
                .containsExactly("docs/a/z.txt", "docs/b.md", "docs/c.pdf");
        assertThat(found.files().get(2))
                .extracting(LocalFile::name, LocalFile::bytes)
                .containsExactly("c.pdf", 3L);
        assertThat(found.hidden()).isEqualTo(2);
    }

    @Test
    void filesAndFoldersMixAndAFileReachedTwiceCountsOnce() throws IOException {
        write("docs/a.txt", "a");
        write("one.txt", "1");

        SourceFiles.Found found = walk("one.txt", "docs", "docs/a.txt", "./docs/../docs");

        assertThat(found.files().stream().map(LocalFile::shown)).containsExactly("docs/a.txt", "one.txt");
    }

    @Test
    void aHiddenFileNamedOnItsOwnIsTaken() throws IOException {
        write(".env.md", "x");

        assertThat(walk(".env.md").files()).hasSize(1);
    }

    @Test
    void linksInFoldersAreLeftOutAndCounted() throws IOException {
        write("docs/a.txt", "a");
        Files.createSymbolicLink(base.resolve("docs/link.txt"), base.resolve("docs/a.txt"));

        SourceFiles.Found found = walk("docs");

        assertThat(found.files()).hasSize(1);
        assertThat(found.other()).isEqualTo(1);
    }

    @Test
    void missingPathsAreAllNamedBeforeAnythingIsRead() throws IOException {
        write("docs/a.txt", "a");

        assertThatThrownBy(() -> walk("docs", "nope", "gone/x.pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No such file or folder: nope, gone/x.pdf (paths are read on the Strata server,"
                        + " relative to " + base.toAbsolutePath().normalize() + ")");
    }

    @Test
    void aTildeStartsInTheHomeFolder() throws IOException {
        write("home/notes/n.txt", "n");

        assertThat(walk("~/notes").files()).extracting(LocalFile::name).containsExactly("n.txt");
    }
}

package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.console.vs.ResumeRule.Known;
import dev.strata.console.vs.SourceFiles.LocalFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeRuleTest {

    private static LocalFile local(String shown, long bytes) {
        Path path = Path.of("/data", shown);
        return new LocalFile(path, shown, path.getFileName().toString(), bytes);
    }

    @Test
    void aFileTheStoreCompletedWithTheSameNameAndSizeIsSkipped() {
        LocalFile same = local("a/report.pdf", 10);
        LocalFile grown = local("b.txt", 11);
        LocalFile fresh = local("c.txt", 1);

        ResumeRule.Split split = ResumeRule.split(
                List.of(same, grown, fresh), List.of(new Known("report.pdf", 10), new Known("b.txt", 10)));

        assertThat(split.skipped()).containsExactly(same);
        assertThat(split.upload()).containsExactly(grown, fresh);
    }

    @Test
    void eachCompletedFileSkipsOneLocalFile() {
        LocalFile first = local("x/readme.md", 5);
        LocalFile second = local("y/readme.md", 5);

        ResumeRule.Split once = ResumeRule.split(List.of(first, second), List.of(new Known("readme.md", 5)));
        ResumeRule.Split twice =
                ResumeRule.split(List.of(first, second), List.of(new Known("readme.md", 5), new Known("readme.md", 5)));

        assertThat(once.skipped()).containsExactly(first);
        assertThat(once.upload()).containsExactly(second);
        assertThat(twice.upload()).isEmpty();
    }

    @Test
    void nothingCompletedSkipsNothing() {
        LocalFile file = local("a.txt", 1);

        assertThat(ResumeRule.split(List.of(file), List.of()).upload()).containsExactly(file);
        assertThat(ResumeRule.inFlight(List.of(file), List.of(new Known("a.txt", 1))))
                .containsExactly(file);
    }
}

package dev.strata.itests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.StackReport;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The distribution boots with the strata feature, and the console says every part is up. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FoundationIT extends StrataTestSupport {

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void strataFeatureIsInstalled() throws Exception {
        assertThat(features.isInstalled(features.getFeature("strata"))).isTrue();
    }

    @Test
    public void everyConfiguredStrataComponentIsActive() {
        StackReport report = awaitReady();

        assertThat(report.bundles())
                .extracting("symbolicName")
                .contains(
                        "dev.strata.api",
                        "dev.strata.stack",
                        "dev.strata.kvstore",
                        "dev.strata.scheduler",
                        "dev.strata.files",
                        "dev.strata.inference",
                        "dev.strata.console");
        assertThat(report.components())
                .isNotEmpty()
                .allSatisfy(component -> assertThat(component.state())
                        .as(component.name())
                        .isIn(
                                ComponentState.State.ACTIVE,
                                ComponentState.State.SATISFIED,
                                ComponentState.State.NOT_CONFIGURED));
        // Provider components wait for a configuration from etc/run.yaml; the stack's own run.
        assertThat(report.components())
                .filteredOn(component -> component.bundle().equals("dev.strata.stack"))
                .allSatisfy(component -> assertThat(component.state()).isEqualTo(ComponentState.State.ACTIVE));
    }

    @Test
    public void stackStatusCommandReportsEveryComponentActive() throws Exception {
        awaitReady();

        String output = console("stack:status --ready");

        assertThat(output)
                .contains("dev.strata.stack.status.StackStatusService")
                .contains("dev.strata.stack.status.ReadinessMarker")
                .contains("Strata is ready");
        assertThat(output.lines().filter(line -> line.startsWith("dev.strata.")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).containsAnyOf("| active", "| satisfied", "| not configured"));
    }
}

package dev.strata.stack.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Hashtable;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;

class BootStartsTest {

    private static final String DEPLOY = "file:/strata/deploy/";

    @Test
    void startsAnInstalledBundleMarkedToStart() throws Exception {
        Bundle deployed = bundle(Bundle.INSTALLED, true, false);

        assertThat(BootStarts.startWaiting(new Bundle[] {deployed}, DEPLOY)).containsExactly(deployed);
        verify(deployed).start();
    }

    @Test
    void startsAnInstalledBundleFromTheDeployFolderEvenIfNeverAskedToStart() throws Exception {
        Bundle interrupted = bundle(Bundle.INSTALLED, false, false);
        when(interrupted.getLocation()).thenReturn(DEPLOY + "executor.jar");

        assertThat(BootStarts.startWaiting(new Bundle[] {interrupted}, DEPLOY)).containsExactly(interrupted);
    }

    @Test
    void leavesResolvedStoppedAndFragmentBundlesAlone() throws Exception {
        Bundle resolved = bundle(Bundle.RESOLVED, true, false);
        Bundle stopped = bundle(Bundle.INSTALLED, false, false);
        Bundle fragment = bundle(Bundle.INSTALLED, true, true);

        assertThat(BootStarts.startWaiting(new Bundle[] {resolved, stopped, fragment}, DEPLOY))
                .isEmpty();
        verify(resolved, never()).start();
        verify(stopped, never()).start();
        verify(fragment, never()).start();
    }

    @Test
    void aBundleThatStillCannotResolveDoesNotStopTheOthers() throws Exception {
        Bundle broken = bundle(Bundle.INSTALLED, true, false);
        doThrow(new BundleException("missing requirement osgi.wiring.package=com.example"))
                .when(broken)
                .start();
        Bundle good = bundle(Bundle.INSTALLED, true, false);

        assertThat(BootStarts.startWaiting(new Bundle[] {broken, good}, DEPLOY)).containsExactly(good);
    }

    private static Bundle bundle(int state, boolean markedToStart, boolean fragment) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getState()).thenReturn(state);
        when(bundle.getSymbolicName()).thenReturn("com.example.executor");
        when(bundle.getLocation()).thenReturn("mvn:com.example/executor/1.0");
        Hashtable<String, String> headers = new Hashtable<>();
        if (fragment) {
            headers.put(Constants.FRAGMENT_HOST, "dev.strata.api");
        }
        when(bundle.getHeaders("")).thenReturn(headers);
        BundleStartLevel level = mock(BundleStartLevel.class);
        when(level.isPersistentlyStarted()).thenReturn(markedToStart);
        when(bundle.adapt(BundleStartLevel.class)).thenReturn(level);
        return bundle;
    }
}

package dev.strata.itests.process.probe;

import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobExecutor;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobScheduler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A bundle the crash test drops into {@code deploy/}: it serves the job type {@value #TYPE} and
 * writes, to {@code <karaf.data>/crash-probe/runs.log}, a line when each run starts and when it
 * ends, forced to disk before the job goes on, with the JVM's pid, so the test can tell after any
 * number of kills which runs happened in which process. Each run takes {@value #RUN_MILLIS} ms.
 *
 * <p>When the folder holds a file {@code seed} with a number N and no file {@code seeded}, it
 * schedules N jobs once a scheduler is there, then writes their ids to {@code seeded}.
 */
public final class CrashProbe implements BundleActivator {

    /** The job type served. */
    public static final String TYPE = "crash_probe";

    /** The folder under {@code karaf.data}. */
    public static final String FOLDER = "crash-probe";

    static final long RUN_MILLIS = 25;

    private FileChannel runs;
    private ServiceRegistration<JobExecutor> registration;
    private ServiceTracker<JobScheduler, JobScheduler> schedulers;
    private Thread seeder;

    @Override
    public void start(BundleContext context) throws Exception {
        Path folder = Path.of(context.getProperty("karaf.data"), FOLDER);
        Files.createDirectories(folder);
        runs = FileChannel.open(
                folder.resolve("runs.log"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(JobExecutor.JOB_TYPE, TYPE);
        registration = context.registerService(JobExecutor.class, this::run, properties);
        schedulers = new ServiceTracker<>(context, JobScheduler.class, null);
        schedulers.open();
        seeder = new Thread(() -> seed(folder), "crash-probe-seeder");
        seeder.start();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        seeder.interrupt();
        seeder.join();
        registration.unregister();
        schedulers.close();
        runs.close();
    }

    private Map<String, Object> run(JobContext job) throws InterruptedException {
        record("start", job);
        Thread.sleep(RUN_MILLIS);
        record("end", job);
        return Map.of();
    }

    private void record(String what, JobContext job) {
        String line = what + " " + job.jobId() + " " + ProcessHandle.current().pid() + "\n";
        try {
            synchronized (runs) {
                runs.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                runs.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void seed(Path folder) {
        Path seed = folder.resolve("seed");
        Path seeded = folder.resolve("seeded");
        try {
            if (!Files.exists(seed) || Files.exists(seeded)) {
                return;
            }
            int count = Integer.parseInt(Files.readString(seed).strip());
            JobScheduler scheduler = schedulers.waitForService(0);
            List<String> ids = new ArrayList<>();
            List<JobRequest> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(JobRequest.of(TYPE, Map.of("n", i), Map.of()));
                if (batch.size() == 100 || i == count - 1) {
                    ids.addAll(scheduler.scheduleAll(batch));
                    batch.clear();
                }
            }
            Path temporary = folder.resolve("seeded.tmp");
            Files.write(temporary, ids);
            Files.move(temporary, seeded, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

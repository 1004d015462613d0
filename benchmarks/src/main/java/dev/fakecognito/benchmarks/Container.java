package dev.fakecognito.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The container row: {@code docker run} of the image scripts/build-image.sh builds, to the first 200 of
 * an API call on the published port. Skipped (a row saying why) without a Docker engine or the image.
 */
final class Container {
    static final String DEFAULT_IMAGE = "fakecognito/fake-cognito-identity:0.1.0-SNAPSHOT";

    private Container() {}

    static void addRow(Table table, Options o) throws Exception {
        String name = "container: docker run to the first 200 (" + o.image + ")";
        String why = unavailable(o.image);
        if (why != null) {
            table.row(name, "0", "n/a", why, "<= 400 ms", "n/a");
            return;
        }
        List<Double> times = new ArrayList<>();
        List<Double> detached = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < o.containerRuns; i++) { // interleaved with Docker's own cost
            bare.add(emptyRun(o.image));
            times.add(once(o.image, false));
            detached.add(once(o.image, true));
        }
        table.add(
                o,
                "reference: docker run --rm -p of the image's /bin/sh, nothing to do, start to exit",
                bare,
                Double.NaN,
                "ms");
        table.add(o, name, times, 400, "ms");
        table.add(
                o,
                "container: docker run -d to the first 200, calls from when it returns (as Testcontainers)",
                detached,
                400,
                "ms");
    }

    private static String unavailable(String image) {
        try {
            Process inspect = new ProcessBuilder(docker(), "image", "inspect", image)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!inspect.waitFor(30, TimeUnit.SECONDS) || inspect.exitValue() != 0) {
                return "no Docker engine or no image (scripts/build-image.sh)";
            }
            return null;
        } catch (IOException | InterruptedException e) {
            return "no Docker client: " + e.getMessage();
        }
    }

    /**
     * What Docker alone costs: a container of the same image, with a port published as for the fake,
     * that runs a shell that exits at once.
     */
    private static double emptyRun(String image) throws Exception {
        long t0 = System.nanoTime();
        Process run = dockerRun("127.0.0.1::9230", "--entrypoint", "/bin/sh", image);
        run.getOutputStream().close(); // sh reads an empty script and exits
        if (run.waitFor() != 0) {
            throw new IllegalStateException("docker run of /bin/sh in " + image + " exited with " + run.exitValue());
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * {@code docker run} of the fake to the first 200 on the published port. Attached, the first call is
     * sent from the start; detached ({@code -d}), only once {@code docker run -d} has returned, that is
     * once the container has started, as Testcontainers and {@code docker compose up -d} go on. A call
     * sent earlier can reach Docker's port proxy before the container's network is up: the proxy accepts
     * it and its own connection waits for the kernel's SYN retry, about a second.
     */
    private static double once(String image, boolean detached) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String name = "fake-cognito-bench-" + port;
        String publish = "127.0.0.1:" + port + ":9230";
        long t0 = System.nanoTime();
        Process run =
                detached ? dockerRun(publish, "-d", "--name", name, image) : dockerRun(publish, "--name", name, image);
        Process running = run;
        try {
            if (detached) {
                if (!run.waitFor(60, TimeUnit.SECONDS) || run.exitValue() != 0) {
                    throw new IllegalStateException("docker run -d of " + image + " failed");
                }
                // alive while the container runs, so that a fake that exits is reported, not waited for
                running = new ProcessBuilder(docker(), "wait", name)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
            }
            return Startup.awaitFirstAnswer(port, Startup.firstCall(port), running, t0);
        } finally {
            new ProcessBuilder(docker(), "rm", "-f", name)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
            running.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code docker run --rm} with the port published, output discarded. */
    private static Process dockerRun(String publish, String... rest) throws IOException {
        List<String> command = new ArrayList<>(List.of(docker(), "run", "--rm", "--pull", "never", "-p", publish));
        command.addAll(List.of(rest));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String docker() {
        return new java.io.File("/usr/bin/docker").canExecute() ? "/usr/bin/docker" : "docker";
    }
}

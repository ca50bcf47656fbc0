package dev.revnas.platform;

/** The three services of the platform: the Maven module that builds each, and what it needs from {@code up}. */
public enum Service {
    API("api-service", "-Xmx768m"),
    TRANSLATION("translation-service", "-Xmx1g"),
    WORKER("search-worker", "-Xmx3g");

    private final String module;
    private final String heap;

    Service(String module, String heap) {
        this.module = module;
        this.heap = heap;
    }

    /** The module name, also the jar's name and the log file's. */
    public String module() {
        return module;
    }

    /** Heap for the child JVM: the worker trains, the others only serve. */
    String heap() {
        return heap;
    }

    /** The executable jar the module's build writes ({@code <module>/target/<module>.jar}). */
    public java.nio.file.Path jar(java.nio.file.Path home) {
        return home.resolve(module).resolve("target").resolve(module + ".jar");
    }
}

package dev.revnas.debian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Packages made by hand in a temporary directory: each holds the files given for it, no apt involved. */
final class FakePackages implements PackageSource {
    private final Path dir;
    private final Map<String, Map<String, byte[]>> files = new HashMap<>();

    FakePackages(Path dir) {
        this.dir = dir;
    }

    /** Puts {@code bytes} at {@code path} (relative to the package root) in package {@code name}. */
    FakePackages file(String name, String path, byte[] bytes) {
        files.computeIfAbsent(name, k -> new HashMap<>()).put(path, bytes);
        return this;
    }

    FakePackages catalog(String name, String language, MoFile catalog) {
        return file(name, "usr/share/locale/" + language + "/LC_MESSAGES/" + name + ".mo", catalog.bytes());
    }

    @Override
    public UnpackedPackage fetch(DebianPackage pkg) throws IOException {
        Path root = dir.resolve(pkg.name());
        for (Map.Entry<String, byte[]> f : files.getOrDefault(pkg.name(), Map.of()).entrySet()) {
            Files.createDirectories(root.resolve(f.getKey()).getParent());
            Files.write(root.resolve(f.getKey()), f.getValue());
        }
        Files.createDirectories(root);
        return new UnpackedPackage(pkg, root, "GPL-2+", "0".repeat(64));
    }
}

package dev.revnas.debian;

import dev.revnas.InvalidInputException;
import dev.revnas.io.AtomicFiles;
import dev.revnas.io.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fetches pinned packages with {@code apt-get download name=version} and unpacks them with
 * {@code dpkg-deb -x} under a scratch directory: nothing is installed. Downloaded .debs go to
 * {@code debDir}, where an already downloaded one is reused.
 */
public final class AptPackages implements PackageSource {
    private final Path debDir;
    private final Path unpackDir;

    public AptPackages(Path debDir, Path unpackDir) {
        // Absolute, because dpkg-deb runs in another working directory than the one a relative path was given in.
        this.debDir = debDir.toAbsolutePath();
        this.unpackDir = unpackDir.toAbsolutePath();
    }

    @Override
    public UnpackedPackage fetch(DebianPackage pkg) throws IOException {
        Files.createDirectories(debDir);
        Path deb = downloaded(pkg).orElse(null);
        if (deb == null) {
            ExternalCommand.run(List.of("apt-get", "download", "-q", pkg.pin()), debDir, Map.of(),
                    "cannot download Debian package " + pkg.pin() + " (run 'apt-get update' first; a pinned version that left the archive needs a new pin)");
            deb = downloaded(pkg).orElseThrow(() -> new InvalidInputException(
                    "apt-get download " + pkg.pin() + " left no .deb in " + debDir));
        }
        Path root = unpackDir.resolve(pkg.name());
        AtomicFiles.deleteTree(root);
        Files.createDirectories(root);
        ExternalCommand.run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), unpackDir, Map.of(),
                "cannot unpack " + deb);
        String license = Dep5.filesLicense(root.resolve("usr/share/doc").resolve(pkg.name()).resolve("copyright"));
        if (license == null) {
            license = pkg.license();
        }
        if (license == null) {
            throw new InvalidInputException("package " + pkg.pin() + ": its copyright file has no DEP-5 licence; state one in the pinned list");
        }
        return new UnpackedPackage(pkg, root, license, Sha256.hexOf(deb));
    }

    /** apt-get names the file name_version_arch.deb, with the epoch's ':' written as %3a. */
    private Optional<Path> downloaded(DebianPackage pkg) throws IOException {
        String prefix = pkg.name() + "_" + pkg.version().replace(":", "%3a") + "_";
        try (Stream<Path> files = Files.list(debDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".deb"))
                    .sorted().findFirst();
        }
    }
}

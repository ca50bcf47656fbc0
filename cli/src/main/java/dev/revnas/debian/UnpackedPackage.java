package dev.revnas.debian;

import dev.revnas.corpus.CorpusManifest;
import java.nio.file.Path;

/** A package's files unpacked under {@code root} (nothing installed), its licence and the .deb's sha256. */
public record UnpackedPackage(DebianPackage pkg, Path root, String license, String debSha256) {
    public CorpusManifest.PackageInfo info() {
        return new CorpusManifest.PackageInfo(pkg.name(), pkg.version(), license, debSha256);
    }
}

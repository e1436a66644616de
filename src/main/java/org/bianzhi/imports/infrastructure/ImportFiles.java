package org.bianzhi.imports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.bianzhi.shared.infrastructure.ConfiguredDataSource;
import org.bianzhi.shared.infrastructure.PrivateDirectory;
import org.eclipse.microprofile.config.Config;

/**
 * Uploaded import files, kept on disk under {@code bianzhi.data-dir}/imports while their job runs and
 * afterwards for the rejected-rows download, for {@link #KEPT} at most. They hold personal data: the
 * directory should be readable by the service's account only.
 */
@ApplicationScoped
public class ImportFiles {

    static final Duration KEPT = Duration.ofDays(30);

    @Inject
    Config config;

    private Path dir() {
        PrivateDirectory.ensure(ConfiguredDataSource.dataDirectory(config));
        return PrivateDirectory.ensure(ConfiguredDataSource.dataDirectory(config).resolve("imports"));
    }

    /** Streams an upload to a new file and returns it; nothing of the upload is held in memory. */
    public Path receive(InputStream body) {
        try {
            Path file = Files.createTempFile(dir(), "upload-", ".part"); // 0600; writing into it keeps that
            try (var out = Files.newOutputStream(file)) {
                body.transferTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("上传文件无法保存：" + e.getMessage(), e);
        }
    }

    /** Gives a received file to a job. */
    public Path keep(Path received, long jobId) {
        try {
            return Files.move(received, of(jobId), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path of(long jobId) {
        return dir().resolve("job-" + jobId + ".upload");
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover is removed by the next clean-up
        }
    }

    /** Removes files older than {@link #KEPT} and uploads a stopped service never handed to a job. */
    public void cleanUp(Instant now) {
        try (Stream<Path> files = Files.list(dir())) {
            files.filter(f -> old(f, now)).forEach(this::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean old(Path f, Instant now) {
        try {
            Instant modified = Files.getLastModifiedTime(f).toInstant();
            return f.toString().endsWith(".part") || modified.isBefore(now.minus(KEPT));
        } catch (IOException e) {
            return false;
        }
    }
}

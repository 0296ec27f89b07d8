package dev.ccp.dsl.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @TempDir
    Path dir;

    @Test
    void deletesTheTreeButNotWhatALinkPointsTo() throws IOException {
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("keep.txt"), "keep");
        Path root = Files.createDirectories(dir.resolve("root/a/b"));
        Files.writeString(root.resolve("file.txt"), "x");
        Files.createSymbolicLink(dir.resolve("root/link"), dir.resolve("outside"));
        FileTrees.deleteTree(dir.resolve("root"));
        assertThat(dir.resolve("root")).doesNotExist();
        assertThat(outside).hasContent("keep");
    }

    @Test
    void aMissingRootIsNothingToDo() throws IOException {
        FileTrees.deleteTree(dir.resolve("absent"));
        FileTrees.deleteTreeQuietly(dir.resolve("absent"));
        assertThat(dir.resolve("absent")).doesNotExist();
    }
}

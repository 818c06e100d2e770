package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the runner ships none of Smile's native maths libraries (bytedeco javacpp, openblas, arpack-ng for four
 * platforms, ~70 MB) while no code path loads them; the exclusion sits on the managed smile-core in the parent POM.
 */
class NativeLibrariesTest {
  @Test
  void noBytedecoJarIsOnTheRunnersClassPath() {
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    assertThat(Arrays.stream(entries).filter(e -> e.contains("bytedeco"))).isEmpty();
    assertThatThrownBy(() -> Class.forName("org.bytedeco.javacpp.Loader"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  /** Issue 18: Beam's SDK and direct runner (~65 MB with vendored gRPC) belong to convergence-beam's jar alone. */
  @Test
  void noBeamJarIsOnTheRunnersClassPath() {
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    assertThat(Arrays.stream(entries).filter(e -> e.contains("org/apache/beam") || e.contains("beam-sdks")
        || e.contains("beam-runners") || e.contains("beam-vendor"))).isEmpty();
    assertThatThrownBy(() -> Class.forName("org.apache.beam.sdk.Pipeline"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
